package app.atelier.core.clients;

import app.atelier.core.db.Database;

/** Plain-SQL fixtures: salons, and the visit history other services will write. */
final class TestSalons {
    private TestSalons() {
    }

    static long insert(Database db, String slug, String country, String zone) {
        return db.write(h -> {
            h.execute("INSERT OR IGNORE INTO tariff (name, created_at) VALUES ('basic', 0)");
            return h.createUpdate("""
                            INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at)
                            VALUES (:slug, :slug, :zone, 'RUB', :country, 'ru', (SELECT id FROM tariff WHERE name = 'basic'), 0)""")
                    .bind("slug", slug).bind("zone", zone).bind("country", country)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    static int count(Database db, String table) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    /** A completed visit with one item, its bill, a payment and a message, as the visit code will write them. */
    static void visitWithBill(Database db, long salonId, long clientId) {
        db.write(h -> {
            long staff = h.createUpdate("INSERT INTO staff (salon_id, name, created_at) VALUES (:s, 'Мастер', 0)")
                    .bind("s", salonId).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            long visit = h.createUpdate("""
                            INSERT INTO visit (salon_id, client_id, staff_id, start_at, end_at, status, channel, created_at, updated_at)
                            VALUES (:s, :c, :st, 1000, 3601000, 'completed', 'admin', 0, 0)""")
                    .bind("s", salonId).bind("c", clientId).bind("st", staff)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.execute("""
                    INSERT INTO visit_item (visit_id, salon_id, client_id, kind, item_id, name, category, unit_price, quantity,
                                            duration_minutes)
                    VALUES (?, ?, ?, 'service', 1, 'Стрижка', 'Волосы', 150000, 1, 60)""", visit, salonId, clientId);
            h.execute("""
                    INSERT INTO bill (visit_id, salon_id, client_id, currency, subtotal, total, paid, debt, snapshot, completed_at)
                    VALUES (?, ?, ?, 'RUB', 150000, 150000, 150000, 0, '{"total":150000}', 3601000)""", visit, salonId, clientId);
            h.execute("INSERT INTO payment (salon_id, visit_id, method, amount, created_at) VALUES (?, ?, 'card', 150000, 3601000)",
                    salonId, visit);
            return h.execute("""
                    INSERT INTO message (salon_id, client_id, channel, recipient, body, status, next_attempt_at, created_at)
                    VALUES (?, ?, 'sms', '+79123456789', 'Спасибо!', 'sent', 0, 0)""", salonId, clientId);
        });
    }
}
