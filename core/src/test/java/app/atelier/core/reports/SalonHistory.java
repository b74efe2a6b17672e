package app.atelier.core.reports;

import app.atelier.core.db.Database;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * A small salon history written with plain SQL, so that every figure of every report can be worked
 * out by hand (the expected values and their arithmetic are in the tests' comments).
 *
 * <p>The salon is in <b>Pacific/Kiritimati, UTC+14</b>, as far from UTC as a zone gets: 1 March
 * 01:00 there is still 28 February 11:00 in UTC, so a report that cut periods in UTC would put
 * visits into the wrong month, weekday and hour. Today is 15 June 2026, 12:00 local.
 *
 * <pre>
 * masters  A Alina  Mon–Fri 10:00–18:00, day off Mon 9 March 2026
 *          B Bella  Tue, Thu 12:00–20:00
 *          C Cora   Sat 09:00–15:00
 * services haircut (hair) 2000 · colour (hair) 5000 · manicure (nails) 1500 · brows (brows) 1000
 *          massage (spa) inactive, never used
 *
 * client (source, tags)     visits (local time, master, items; c completed, x cancelled, n no-show, b booked, R refunded)
 *  Anna   (instagram, vip)  c Sun 01.03 01:00 A haircut · c Fri 20.03 10:00 A haircut+manicure (3500) · c Sat 25.04 10:00 B manicure
 *  Boris  (friends)         c Thu 05.03 12:00 B manicure · c Mon 20.04 12:00 B manicure
 *  Clara  (instagram)       c Tue 10.03 11:00 A colour
 *  Dina   (none)            c Sat 28.02 23:30 C brows (28.02 09:30 UTC) · c Sun 15.03 10:00 C brows
 *  Eva    (friends)         x 20.02 A haircut · n Mon 02.03 10:00 A haircut · c Tue 03.03 10:00 A haircut
 *                           · c R Wed 25.03 10:00 A haircut (refunded) · c Sun 10.05 10:00 B manicure
 *  Fedor  (walk-in)         c 10.02 12:00 B manicure · c 20.02 12:00 B manicure · c 01.05 12:00 B manicure
 *  Galina (instagram, vip)  c 01.10.2025, 01.11.2025, 01.12.2025, 01.01.2026, each 10:00 A haircut
 *  Hanna  (friends)         c 01.04, 11.04, 21.04, 01.05 10:00 C brows
 *  Ivan   (none)            c 10.01 10:00 A haircut · c 20.01 10:00 A haircut
 *  Julia  (instagram)       c 20.05 10:00 B manicure
 *  Kira   (walk-in)         c 01.12.2025 12:00 C brows · b 20.06 10:00 C brows (upcoming)
 *  Lev    (friends) DELETED c Thu 12.03 10:00 B manicure
 *  Mila   (instagram)       c Wed 01.04 05:00 C brows (31.03 15:00 UTC: March in UTC, April locally)
 * </pre>
 * Every visit lasts 60 minutes. A second salon, "other" in Europe/Moscow, has a master, a client and
 * a completed visit of 99 999 in March 2026 that must never show up in the first salon's reports.
 */
final class SalonHistory {
    static final ZoneId ZONE = ZoneId.of("Pacific/Kiritimati");
    /** Today: 15 June 2026 12:00 in Kiritimati. */
    static final java.time.Instant NOW = LocalDateTime.of(2026, 6, 15, 12, 0).atZone(ZONE).toInstant();

    final long salon;
    final long otherSalon;
    final Map<String, Long> staff = new LinkedHashMap<>();
    final Map<String, Long> clients = new LinkedHashMap<>();
    final Map<String, Long> visits = new LinkedHashMap<>();
    final long owner;
    final long admin;
    final long master;
    final long otherOwner;
    long otherClient;

    private final Map<String, Long> services = new LinkedHashMap<>();

    SalonHistory(Database db) {
        long[] ids = db.write(h -> {
            h.execute("INSERT INTO tariff (name, created_at) VALUES ('basic', 0)");
            long tariff = id(h, "INSERT INTO tariff (name, created_at) VALUES ('reports', 0)");
            long s = id(h, "INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at) "
                    + "VALUES ('kiri', 'Kiri', 'Pacific/Kiritimati', 'USD', 'KI', 'en', " + tariff + ", 0)");
            long o = id(h, "INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at) "
                    + "VALUES ('other', 'Other', 'Europe/Moscow', 'RUB', 'RU', 'ru', " + tariff + ", 0)");
            return new long[] {s, o};
        });
        salon = ids[0];
        otherSalon = ids[1];
        owner = user(db, "owner@kiri.test", "owner", salon, null);
        admin = user(db, "admin@kiri.test", "admin", salon, null);
        otherOwner = user(db, "owner@other.test", "owner", otherSalon, null);
        db.write(h -> {
            staff.put("A", id(h, "INSERT INTO staff (salon_id, name, created_at) VALUES (" + salon + ", 'Alina', 0)"));
            staff.put("B", id(h, "INSERT INTO staff (salon_id, name, created_at) VALUES (" + salon + ", 'Bella', 0)"));
            staff.put("C", id(h, "INSERT INTO staff (salon_id, name, created_at) VALUES (" + salon + ", 'Cora', 0)"));
            for (int d = 1; d <= 5; d++) {
                hours(h, "A", d, 600, 1080);
            }
            hours(h, "B", 2, 720, 1200);
            hours(h, "B", 4, 720, 1200);
            hours(h, "C", 6, 540, 900);
            h.execute("INSERT INTO staff_day_off (staff_id, day) VALUES (?, '2026-03-09')", staff.get("A"));
            // a day off outside March must not change March's working time
            h.execute("INSERT INTO staff_day_off (staff_id, day) VALUES (?, '2026-04-07')", staff.get("B"));
            service(h, "haircut", "hair", 2000, true);
            service(h, "colour", "hair", 5000, true);
            service(h, "manicure", "nails", 1500, true);
            service(h, "brows", "brows", 1000, true);
            service(h, "massage", "spa", 3000, false);
            client(h, "Anna", "instagram", "vip");
            client(h, "Boris", "friends");
            client(h, "Clara", "instagram");
            client(h, "Dina", null);
            client(h, "Eva", "friends");
            client(h, "Fedor", "walk-in");
            client(h, "Galina", "instagram", "vip");
            client(h, "Hanna", "friends");
            client(h, "Ivan", null);
            client(h, "Julia", "instagram");
            client(h, "Kira", "walk-in");
            client(h, "Lev", "friends");
            client(h, "Mila", "instagram");
            h.execute("UPDATE client SET deleted_at = 1 WHERE id = ?", clients.get("Lev"));

            visit(h, "a1", "Anna", "A", "2026-03-01T01:00", "completed", "haircut");
            visit(h, "a2", "Anna", "A", "2026-03-20T10:00", "completed", "haircut", "manicure");
            visit(h, "a3", "Anna", "B", "2026-04-25T10:00", "completed", "manicure");
            visit(h, "b1", "Boris", "B", "2026-03-05T12:00", "completed", "manicure");
            visit(h, "b2", "Boris", "B", "2026-04-20T12:00", "completed", "manicure");
            visit(h, "c1", "Clara", "A", "2026-03-10T11:00", "completed", "colour");
            visit(h, "d1", "Dina", "C", "2026-02-28T23:30", "completed", "brows");
            visit(h, "d2", "Dina", "C", "2026-03-15T10:00", "completed", "brows");
            visit(h, "e0", "Eva", "A", "2026-02-20T10:00", "cancelled", "haircut");
            visit(h, "e1", "Eva", "A", "2026-03-02T10:00", "no_show", "haircut");
            visit(h, "e2", "Eva", "A", "2026-03-03T10:00", "completed", "haircut");
            visit(h, "e3", "Eva", "A", "2026-03-25T10:00", "completed", "haircut");
            visit(h, "e4", "Eva", "B", "2026-05-10T10:00", "completed", "manicure");
            visit(h, "f1", "Fedor", "B", "2026-02-10T12:00", "completed", "manicure");
            visit(h, "f2", "Fedor", "B", "2026-02-20T12:00", "completed", "manicure");
            visit(h, "f3", "Fedor", "B", "2026-05-01T12:00", "completed", "manicure");
            visit(h, "g1", "Galina", "A", "2025-10-01T10:00", "completed", "haircut");
            visit(h, "g2", "Galina", "A", "2025-11-01T10:00", "completed", "haircut");
            visit(h, "g3", "Galina", "A", "2025-12-01T10:00", "completed", "haircut");
            visit(h, "g4", "Galina", "A", "2026-01-01T10:00", "completed", "haircut");
            visit(h, "h1", "Hanna", "C", "2026-04-01T10:00", "completed", "brows");
            visit(h, "h2", "Hanna", "C", "2026-04-11T10:00", "completed", "brows");
            visit(h, "h3", "Hanna", "C", "2026-04-21T10:00", "completed", "brows");
            visit(h, "h4", "Hanna", "C", "2026-05-01T10:00", "completed", "brows");
            visit(h, "i1", "Ivan", "A", "2026-01-10T10:00", "completed", "haircut");
            visit(h, "i2", "Ivan", "A", "2026-01-20T10:00", "completed", "haircut");
            visit(h, "j1", "Julia", "B", "2026-05-20T10:00", "completed", "manicure");
            visit(h, "k1", "Kira", "C", "2025-12-01T12:00", "completed", "brows");
            visit(h, "k2", "Kira", "C", "2026-06-20T10:00", "booked", "brows");
            visit(h, "l1", "Lev", "B", "2026-03-12T10:00", "completed", "manicure");
            visit(h, "m1", "Mila", "C", "2026-04-01T05:00", "completed", "brows");
            h.execute("INSERT INTO visit_refund (visit_id, salon_id, client_id, amount, reason, refunded_at) VALUES (?, ?, ?, 2000, 'unhappy', 0)",
                    visits.get("e3"), salon, clients.get("Eva"));

            long otherStaff = id(h, "INSERT INTO staff (salon_id, name, created_at) VALUES (" + otherSalon + ", 'Elsewhere', 0)");
            otherClient = id(h, "INSERT INTO client (salon_id, name, source, created_at, updated_at) VALUES (" + otherSalon
                    + ", 'Stranger', 'instagram', 0, 0)");
            h.execute("INSERT INTO client_tag (client_id, salon_id, tag) VALUES (?, ?, 'vip')", otherClient, otherSalon);
            long start = LocalDateTime.of(2026, 3, 10, 12, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant().toEpochMilli();
            long v = id(h, "INSERT INTO visit (salon_id, client_id, staff_id, start_at, end_at, status, channel, created_at, updated_at) "
                    + "VALUES (" + otherSalon + ", " + otherClient + ", " + otherStaff + ", " + start + ", " + (start + 3_600_000)
                    + ", 'completed', 'admin', 0, 0)");
            h.execute("INSERT INTO visit_item (visit_id, salon_id, client_id, kind, item_id, name, category, unit_price, quantity) "
                    + "VALUES (?, ?, ?, 'service', 1, 'x', 'hair', 99999, 1)", v, otherSalon, otherClient);
            h.execute("INSERT INTO bill (visit_id, salon_id, client_id, currency, subtotal, total, paid, debt, snapshot, completed_at) "
                    + "VALUES (?, ?, ?, 'RUB', 99999, 99999, 99999, 0, '{}', ?)", v, otherSalon, otherClient, start);
            return null;
        });
        master = user(db, "alina@kiri.test", "master", salon, staff.get("A"));
    }

    private static long user(Database db, String email, String role, long salonId, Long staffId) {
        return db.write(h -> h.createUpdate("INSERT INTO app_user (email, password_hash, role, salon_id, staff_id, created_at) "
                        + "VALUES (:e, 'x', :r, :s, :st, 0)")
                .bind("e", email).bind("r", role).bind("s", salonId).bindByType("st", staffId, Long.class)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    static long id(Handle h, String insert) {
        return h.createUpdate(insert).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private void hours(Handle h, String master, int weekday, int start, int end) {
        h.execute("INSERT INTO staff_hours (staff_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)",
                staff.get(master), weekday, start, end);
    }

    private void service(Handle h, String name, String category, long price, boolean active) {
        services.put(name, h.createUpdate("INSERT INTO service (salon_id, name, category, duration_minutes, price, active, created_at) "
                        + "VALUES (:s, :n, :c, 60, :p, :a, 0)")
                .bind("s", salon).bind("n", name).bind("c", category).bind("p", price).bind("a", active ? 1 : 0)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        prices.put(name, price);
        categories.put(name, category);
    }

    private final Map<String, Long> prices = new LinkedHashMap<>();
    private final Map<String, String> categories = new LinkedHashMap<>();

    private void client(Handle h, String name, String source, String... tags) {
        long id = h.createUpdate("INSERT INTO client (salon_id, name, phone, source, created_at, updated_at) VALUES (:s, :n, :p, :src, 0, 0)")
                .bind("s", salon).bind("n", name).bind("p", "+6869" + (1000 + clients.size())).bind("src", source)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        clients.put(name, id);
        for (String tag : tags) {
            h.execute("INSERT INTO client_tag (client_id, salon_id, tag) VALUES (?, ?, ?)", id, salon, tag);
        }
    }

    private void visit(Handle h, String key, String client, String master, String localStart, String status, String... items) {
        long start = LocalDateTime.parse(localStart).atZone(ZONE).toInstant().toEpochMilli();
        long id = h.createUpdate("INSERT INTO visit (salon_id, client_id, staff_id, start_at, end_at, status, channel, created_at, updated_at) "
                        + "VALUES (:s, :c, :m, :start, :end, :status, 'admin', 0, 0)")
                .bind("s", salon).bind("c", clients.get(client)).bind("m", staff.get(master)).bind("start", start)
                .bind("end", start + 3_600_000L).bind("status", status)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        visits.put(key, id);
        long total = 0;
        for (String item : items) {
            h.execute("INSERT INTO visit_item (visit_id, salon_id, client_id, kind, item_id, name, category, unit_price, quantity, "
                    + "duration_minutes) VALUES (?, ?, ?, 'service', ?, ?, ?, ?, 1, 60)", id, salon, clients.get(client), services.get(item),
                    item, categories.get(item), prices.get(item));
            total += prices.get(item);
        }
        if (status.equals("completed")) {
            h.execute("INSERT INTO bill (visit_id, salon_id, client_id, currency, subtotal, total, paid, debt, snapshot, completed_at) "
                    + "VALUES (?, ?, ?, 'USD', ?, ?, ?, 0, '{}', ?)", id, salon, clients.get(client), total, total, total, start + 3_600_000L);
        }
    }

    /** Local dates of the fixture, for readable assertions. */
    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    List<Long> ids(String... names) {
        return java.util.Arrays.stream(names).map(clients::get).toList();
    }
}
