package app.atelier.core.reports;

import app.atelier.core.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a big salon history for the reports benchmark: {@code clients} clients and exactly
 * {@code visits} visits over the three years before {@link #TODAY} (and a few bookings in the
 * month after it), written with JDBC batches in transactions of 100 000 visits.
 *
 * <p>Shape: 150 masters working 08:00–22:00 every day in hourly slots (no master is ever double
 * booked: the slots are allocated here), 12 services in 4 categories, clients with a source (10 %
 * without) and a few tags. Each client has a number of visits (1 + geometric, mean 10), a
 * favourite master (most of their visits), and a usual interval of 14–90 days; their history ends
 * somewhere in the three years, so that many clients are lost or sleeping by today, and about a
 * third are still coming (some with a visit booked). Of the past visits 88 % are completed (0.5 %
 * of those refunded), 6 % cancelled, 6 % no-shows; 30 % have two services. Completed visits have a
 * bill with a JSON snapshot of realistic size. Visit ids follow the start time, as they roughly do
 * in a salon that books a few weeks ahead. Deterministic for a seed.
 *
 * <p>SQLite: the no-overlap triggers are dropped during the load and created again after it (their
 * check has no index to use and would make the load quadratic); the data respects them anyway.
 */
final class BenchmarkHistory {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final int MASTERS = 150;
    static final int SLOTS = 14;
    static final int FIRST_HOUR = 8;
    static final int HISTORY_DAYS = 3 * 365;
    static final int FUTURE_DAYS = 30;
    static final String[][] SERVICES = {
            {"Haircut", "hair", "250000"}, {"Colouring", "hair", "650000"}, {"Styling", "hair", "180000"},
            {"Manicure", "nails", "150000"}, {"Pedicure", "nails", "220000"}, {"Gel polish", "nails", "120000"},
            {"Brow shaping", "brows", "90000"}, {"Brow tint", "brows", "70000"}, {"Lashes", "brows", "200000"},
            {"Massage", "spa", "300000"}, {"Facial", "spa", "350000"}, {"Spa wrap", "spa", "400000"}};
    static final String[] SOURCES = {"instagram", "instagram", "instagram", "friends", "friends", "walk-in", "website", "website",
            "2gis", null};
    private static final int CHUNK = 100_000;

    long salon;
    final List<Long> staffIds = new ArrayList<>();
    final List<Long> serviceIds = new ArrayList<>();

    /** Writes the salon and its history; returns the salon id. */
    long generate(Database db, int clients, int visits, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long startAll = System.nanoTime();
        boolean sqlite = db.vendor().equals(Database.SQLITE);
        List<String> triggers = new ArrayList<>();
        db.write(h -> {
            if (sqlite) {
                triggers.addAll(h.createQuery("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'visit'")
                        .mapTo(String.class).list());
                for (String name : h.createQuery("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'visit'")
                        .mapTo(String.class).list()) {
                    h.execute("DROP TRIGGER " + name);
                }
            }
            h.execute("INSERT INTO tariff (name, created_at) VALUES ('bench', 0)");
            salon = SalonHistory.id(h, "INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at) "
                    + "VALUES ('bench', 'Bench', '" + ZONE.getId() + "', 'EUR', 'DE', 'de', (SELECT id FROM tariff WHERE name = 'bench'), 0)");
            for (int m = 0; m < MASTERS; m++) {
                long id = SalonHistory.id(h, "INSERT INTO staff (salon_id, name, created_at) VALUES (" + salon + ", 'Master "
                        + (m + 1) + "', 0)");
                staffIds.add(id);
                for (int d = 1; d <= 7; d++) {
                    h.execute("INSERT INTO staff_hours (staff_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)",
                            id, d, FIRST_HOUR * 60, (FIRST_HOUR + SLOTS) * 60);
                }
            }
            for (String[] s : SERVICES) {
                serviceIds.add(SalonHistory.id(h, "INSERT INTO service (salon_id, name, category, duration_minutes, price, created_at) "
                        + "VALUES (" + salon + ", '" + s[0] + "', '" + s[1] + "', 60, " + s[2] + ", 0)"));
            }
            return null;
        });
        List<Long> clientIds = db.write(h -> {
            try {
                return insertClients(h.getConnection(), clients, random);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Plan plan = new Plan(clientIds.size(), visits, random);
        long firstId = db.read(h -> h.createQuery("SELECT COALESCE(max(id), 0) FROM visit").mapTo(Long.class).one()) + 1;
        for (int from = 0; from < visits; from += CHUNK) {
            int first = from;
            db.write(h -> {
                try {
                    insertVisits(h.getConnection(), plan, clientIds, firstId, first, Math.min(visits, first + CHUNK), random);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
        db.write(h -> {
            if (sqlite) {
                triggers.forEach(h::execute);
            } else {
                h.execute("SELECT setval(pg_get_serial_sequence('visit', 'id'), (SELECT max(id) FROM visit))");
            }
            return null;
        });
        System.out.printf("generated %,d clients and %,d visits in %.1f s%n", clients, visits, (System.nanoTime() - startAll) / 1e9);
        return salon;
    }

    private List<Long> insertClients(Connection c, int count, SplittableRandom random) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement client = c.prepareStatement("INSERT INTO client (salon_id, name, phone, email, source, consent, "
                + "created_at, updated_at, search_name) VALUES (?, ?, ?, ?, ?, 1, 0, 0, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement tag = c.prepareStatement("INSERT INTO client_tag (client_id, salon_id, tag) VALUES (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String name = "Client " + (i + 1);
                client.setLong(1, salon);
                client.setString(2, name);
                client.setString(3, "+4915" + String.format("%09d", i));
                client.setString(4, "client" + i + "@example.com");
                client.setString(5, SOURCES[random.nextInt(SOURCES.length)]);
                client.setString(6, name.toLowerCase());
                client.executeUpdate();
                try (var keys = client.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
                int r = random.nextInt(100);
                if (r < 5 || r >= 95) {
                    tag.setLong(1, ids.get(i));
                    tag.setLong(2, salon);
                    tag.setString(3, r < 5 ? "vip" : "student");
                    tag.addBatch();
                }
            }
            tag.executeBatch();
        }
        return ids;
    }

    /** Every visit decided in memory first — client, master, slot, status, services — then sorted by start. */
    private static final class Plan {
        final int[] client;
        final short[] master;
        final long[] start;
        final byte[] hours;
        final byte[] status; // 0 completed, 1 cancelled, 2 no-show, 3 booked
        final Integer[] order;

        Plan(int clients, int total, SplittableRandom random) {
            int[] count = new int[clients];
            long sum = 0;
            double p = 1.0 / ((double) total / clients);
            for (int i = 0; i < clients; i++) {
                count[i] = 1 + (int) Math.min(120, Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p)));
                sum += count[i];
            }
            while (sum != total) {
                int i = random.nextInt(clients);
                if (sum < total && count[i] < 150) {
                    count[i]++;
                    sum++;
                } else if (sum > total && count[i] > 1) {
                    count[i]--;
                    sum--;
                }
            }
            int days = HISTORY_DAYS + FUTURE_DAYS;
            long[] dayStart = new long[days];
            LocalDate firstDay = TODAY.minusDays(HISTORY_DAYS - 1L);
            for (int d = 0; d < days; d++) {
                dayStart[d] = firstDay.plusDays(d).atTime(FIRST_HOUR, 0).atZone(ZONE).toInstant().toEpochMilli();
            }
            short[] busy = new short[MASTERS * days];
            client = new int[total];
            master = new short[total];
            start = new long[total];
            hours = new byte[total];
            status = new byte[total];
            int v = 0;
            for (int ci = 0; ci < clients; ci++) {
                int n = count[ci];
                int favourite = random.nextInt(MASTERS);
                int interval = 14 + random.nextInt(77);
                boolean active = random.nextInt(100) < 35;
                if ((long) (n - 1) * interval > HISTORY_DAYS - 1) {
                    interval = Math.max(1, (HISTORY_DAYS - 1) / Math.max(1, n - 1));
                }
                int span = (n - 1) * interval;
                // the day of the last visit: for a client still coming, within one interval of today
                int last = active ? HISTORY_DAYS - 1 - random.nextInt(Math.min(interval, HISTORY_DAYS))
                        : span + random.nextInt(Math.max(1, HISTORY_DAYS - span));
                boolean booked = active && random.nextInt(100) < 20;
                for (int k = 0; k < n; k++) {
                    boolean upcoming = booked && k == n - 1;
                    int want = upcoming ? HISTORY_DAYS + random.nextInt(FUTURE_DAYS)
                            : Math.max(0, Math.min(HISTORY_DAYS - 1, last - (n - 1 - k) * interval + random.nextInt(7) - 3));
                    int length = random.nextInt(100) < 30 ? 2 : 1;
                    int[] slot = place(busy, days, want, favourite, length, random, upcoming);
                    client[v] = ci;
                    master[v] = (short) slot[0];
                    start[v] = dayStart[slot[1]] + slot[2] * 3_600_000L;
                    hours[v] = (byte) length;
                    int r = random.nextInt(100);
                    status[v] = upcoming ? 3 : (byte) (r < 88 ? 0 : r < 94 ? 1 : 2);
                    v++;
                }
            }
            order = new Integer[total];
            for (int i = 0; i < total; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(start[a], start[b]));
        }
    }

    private void insertVisits(Connection c, Plan plan, List<Long> clientIds, long firstId, int from, int to, SplittableRandom random)
            throws SQLException {
        String snapshotPad = "x".repeat(180);
        try (PreparedStatement visit = c.prepareStatement("INSERT INTO visit (id, salon_id, client_id, staff_id, start_at, end_at, "
                + "status, channel, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement item = c.prepareStatement("INSERT INTO visit_item (visit_id, salon_id, kind, item_id, name, category, "
                     + "unit_price, quantity, duration_minutes, client_id) VALUES (?, ?, 'service', ?, ?, ?, ?, 1, 60, ?)");
             PreparedStatement bill = c.prepareStatement("INSERT INTO bill (visit_id, salon_id, client_id, currency, subtotal, total, "
                     + "paid, debt, snapshot, completed_at) VALUES (?, ?, ?, 'EUR', ?, ?, ?, 0, ?, ?)");
             PreparedStatement refund = c.prepareStatement("INSERT INTO visit_refund (visit_id, salon_id, client_id, amount, reason, "
                     + "refunded_at) VALUES (?, ?, ?, ?, 'generated', ?)")) {
            for (int i = from; i < to; i++) {
                int v = plan.order[i];
                long id = firstId + i;
                long clientId = clientIds.get(plan.client[v]);
                long start = plan.start[v];
                int length = plan.hours[v];
                long end = start + length * 3_600_000L;
                String status = switch (plan.status[v]) {
                    case 0 -> "completed";
                    case 1 -> "cancelled";
                    case 2 -> "no_show";
                    default -> "booked";
                };
                visit.setLong(1, id);
                visit.setLong(2, salon);
                visit.setLong(3, clientId);
                visit.setLong(4, staffIds.get(plan.master[v]));
                visit.setLong(5, start);
                visit.setLong(6, end);
                visit.setString(7, status);
                visit.setString(8, random.nextInt(4) == 0 ? "online" : "admin");
                visit.setLong(9, start);
                visit.setLong(10, start);
                visit.addBatch();
                long totalPrice = 0;
                int first = random.nextInt(SERVICES.length);
                for (int s = 0; s < length; s++) {
                    int sv = s == 0 ? first : (first + 1 + random.nextInt(SERVICES.length - 1)) % SERVICES.length;
                    long price = Long.parseLong(SERVICES[sv][2]);
                    totalPrice += price;
                    item.setLong(1, id);
                    item.setLong(2, salon);
                    item.setLong(3, serviceIds.get(sv));
                    item.setString(4, SERVICES[sv][0]);
                    item.setString(5, SERVICES[sv][1]);
                    item.setLong(6, price);
                    item.setLong(7, clientId);
                    item.addBatch();
                }
                if (status.equals("completed")) {
                    long totalAfter = random.nextInt(10) == 0 ? totalPrice * 9 / 10 : totalPrice;
                    bill.setLong(1, id);
                    bill.setLong(2, salon);
                    bill.setLong(3, clientId);
                    bill.setLong(4, totalPrice);
                    bill.setLong(5, totalAfter);
                    bill.setLong(6, totalAfter);
                    bill.setString(7, "{\"visitId\":" + id + ",\"clientId\":" + clientId + ",\"status\":\"completed\",\"bill\":{"
                            + "\"currency\":\"EUR\",\"lines\":[{\"kind\":\"service\",\"name\":\"" + SERVICES[first][0]
                            + "\",\"unitPrice\":" + totalPrice + ",\"quantity\":1}],\"adjustments\":[],\"subtotal\":" + totalPrice
                            + ",\"total\":" + totalAfter + "},\"payments\":[{\"method\":\"card\",\"amount\":" + totalAfter
                            + "}],\"paid\":" + totalAfter + ",\"owed\":0,\"notes\":[\"" + snapshotPad + "\"],\"warnings\":[]}");
                    bill.setLong(8, end);
                    bill.addBatch();
                    if (random.nextInt(200) == 0) {
                        refund.setLong(1, id);
                        refund.setLong(2, salon);
                        refund.setLong(3, clientId);
                        refund.setLong(4, totalAfter);
                        refund.setLong(5, end + 86_400_000L);
                        refund.addBatch();
                    }
                }
                if ((i - from + 1) % 10_000 == 0) {
                    visit.executeBatch();
                    item.executeBatch();
                    bill.executeBatch();
                    refund.executeBatch();
                }
            }
            visit.executeBatch();
            item.executeBatch();
            bill.executeBatch();
            refund.executeBatch();
        }
    }

    /** A free master × day × slot run of {@code length} hours on or near {@code wantDay}: {master, day, slot}. */
    private static int[] place(short[] busy, int days, int wantDay, int favourite, int length, SplittableRandom random, boolean future) {
        int mask = (1 << length) - 1;
        int lo = future ? HISTORY_DAYS : 0;
        int hi = future ? days - 1 : HISTORY_DAYS - 1;
        for (int attempt = 0; attempt < 1000; attempt++) {
            int shift = attempt < 20 ? 0 : (attempt / 20) * ((attempt & 1) == 0 ? 1 : -1);
            int day = Math.min(hi, Math.max(lo, wantDay + shift));
            int master = attempt < 8 && random.nextInt(5) != 0 ? favourite : random.nextInt(MASTERS);
            int from = random.nextInt(SLOTS - length + 1);
            for (int k = 0; k <= SLOTS - length; k++) {
                int slot = (from + k) % (SLOTS - length + 1);
                int cell = master * days + day;
                if ((busy[cell] & (mask << slot)) == 0) {
                    busy[cell] |= (short) (mask << slot);
                    return new int[] {master, day, slot};
                }
            }
        }
        throw new IllegalStateException("no free slot near day " + wantDay);
    }
}
