package app.atelier.core.visits;

import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.Validator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The lines of a visit — services and products — as a booking or a change asks for them: checked
 * for shape, resolved against the salon's active catalogue (name, category and price copied, so
 * the visit keeps what was booked when the catalogue changes later), and written.
 */
final class VisitLines {
    static final int MAX_ITEMS = 50;

    private VisitLines() {
    }

    /** Shape only: a list of 1–50 lines, each a service or a product, quantities 1–999. */
    static void check(List<ItemRequest> items, Validator v) {
        v.require(items != null && !items.isEmpty(), "items", "must list at least one service");
        v.require(items == null || items.size() <= MAX_ITEMS, "items", "must have at most " + MAX_ITEMS + " lines");
        if (items == null) {
            return;
        }
        for (int i = 0; i < Math.min(items.size(), MAX_ITEMS); i++) {
            ItemRequest item = items.get(i);
            boolean service = item != null && item.serviceId() != null && item.productId() == null;
            boolean product = item != null && item.productId() != null && item.serviceId() == null;
            v.require(service || product, "items[" + i + "]", "must name either serviceId or productId");
            if (product) {
                int q = item.quantity() == null ? 1 : item.quantity();
                v.require(q >= 1 && q <= 999, "items[" + i + "].quantity", "must be 1 to 999");
            }
        }
    }

    /** The lines as the salon's active catalogue has them now; an unknown or inactive id is a field error. */
    static List<VisitItem> resolve(Handle h, long salonId, List<ItemRequest> requests) {
        List<VisitItem> items = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            ItemRequest r = requests.get(i);
            String field = "items[" + i + "]";
            if (r.serviceId() != null) {
                items.add(h.createQuery("""
                                SELECT id, name, category, price, duration_minutes FROM service
                                WHERE id = :id AND salon_id = :s AND active = 1""")
                        .bind("id", r.serviceId()).bind("s", salonId)
                        .map((rs, ctx) -> new VisitItem("service", rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getLong(4), 1, rs.getInt(5)))
                        .findOne().orElseThrow(() -> InvalidInputException.of(field + ".serviceId", "no such service in this salon")));
            } else {
                int quantity = r.quantity() == null ? 1 : r.quantity();
                items.add(h.createQuery("SELECT id, name, price FROM product WHERE id = :id AND salon_id = :s AND active = 1")
                        .bind("id", r.productId()).bind("s", salonId)
                        .map((rs, ctx) -> new VisitItem("product", rs.getLong(1), rs.getString(2), null, rs.getLong(3), quantity, 0))
                        .findOne().orElseThrow(() -> InvalidInputException.of(field + ".productId", "no such product in this salon")));
            }
        }
        return items;
    }

    /** How long the services take in a row; a visit without a service is refused (products alone are a sale, not a visit). */
    static Duration duration(List<VisitItem> items) {
        int minutes = items.stream().mapToInt(VisitItem::durationMinutes).sum();
        if (minutes == 0) {
            throw InvalidInputException.of("items", "must include at least one service");
        }
        return Duration.ofMinutes(minutes);
    }

    /**
     * Writes the lines of visit {@code visitId}, each with the visit's client (a copy the reports search
     * by: category gaps; the database refuses a client other than the visit's).
     */
    static void insert(Handle h, long salonId, long visitId, long clientId, List<VisitItem> items) {
        var batch = h.prepareBatch("""
                INSERT INTO visit_item (visit_id, salon_id, client_id, kind, item_id, name, category, unit_price, quantity,
                                        duration_minutes)
                VALUES (:v, :s, :c, :kind, :item, :name, :cat, :price, :q, :d)""");
        for (VisitItem item : items) {
            batch.bind("v", visitId).bind("s", salonId).bind("c", clientId).bind("kind", item.kind()).bind("item", item.itemId())
                    .bind("name", item.name()).bind("cat", item.category()).bind("price", item.unitPrice())
                    .bind("q", item.quantity()).bind("d", item.durationMinutes()).add();
        }
        batch.execute();
    }
}
