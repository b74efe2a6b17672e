package app.atelier.core.catalog;

/**
 * A service the salon sells as work (a haircut, a manicure): what a visit is booked for.
 *
 * @param durationMinutes how long a master is busy with it, 5 … 1440
 * @param price           minor units of the salon's currency
 * @param active          inactive services are not offered any more but stay in the history
 */
public record ServiceItem(long id, String name, String category, int durationMinutes, long price, boolean active) {
}
