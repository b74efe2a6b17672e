package app.atelier.core.visits;

/** A service or product on a visit, with the name and price it had when booked. */
public record VisitItem(String kind, long itemId, String name, String category, long unitPrice, int quantity,
                        int durationMinutes) {
    public long amount() {
        return Math.multiplyExact(unitPrice, (long) quantity);
    }
}
