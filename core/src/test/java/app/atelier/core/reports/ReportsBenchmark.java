package app.atelier.core.reports;

import app.atelier.core.auth.PasswordHasher;
import app.atelier.core.auth.UserService;
import app.atelier.core.common.Json;
import app.atelier.core.db.Database;
import app.atelier.core.events.Outbox;
import app.atelier.core.salons.SalonService;
import app.atelier.core.visits.BookingRequest;
import app.atelier.core.visits.ItemRequest;
import app.atelier.core.visits.Visit;
import app.atelier.core.visits.VisitService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The reports on a generated history of 100 000 clients and 1 000 000 visits ({@link BenchmarkHistory}).
 * A benchmark, not a timed test: it prints each report's time and asserts nothing about it. Its
 * name keeps it out of the normal test run (Surefire runs {@code *Test} classes); run it by name:
 *
 * <pre>mvn -B -o test -pl core -am -Dtest=ReportsBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * The database is generated once into {@code core/target/reports-bench/} (or {@code ATELIER_BENCH_DIR})
 * and reused by later runs; {@code ATELIER_BENCH_CLIENTS} and {@code ATELIER_BENCH_VISITS} change the
 * size. Each report runs once to warm up, then {@code ATELIER_BENCH_RUNS} (5) times; the median and
 * the worst wall-clock times are printed, and the median CPU time of the calling thread (SQLite runs
 * in it), which other processes on a busy machine do not inflate. With {@code ATELIER_TEST_PG_URL} set and {@code ATELIER_BENCH_PG=1} the same
 * runs on PostgreSQL (schema {@code bench_reports}). {@code ATELIER_BENCH_SQL=1} prints every statement's time.
 * {@code ATELIER_BENCH_OUT} names a folder that receives each report's result as JSON (one file per
 * case), to compare the results of two versions byte for byte.
 *
 * <p>The last line is a booking on that history: {@link VisitService#book} of a free slot (after
 * their last visit) for the master with the most visits, {@code ATELIER_BENCH_BOOKINGS} (20) times
 * after one to warm up; the visits booked (and their events) are deleted afterwards, so the history
 * stays as generated.
 */
class ReportsBenchmark {

    @Test
    void reportsOnAMillionVisits() throws IOException {
        int clients = Integer.parseInt(env("ATELIER_BENCH_CLIENTS", "100000"));
        int visits = Integer.parseInt(env("ATELIER_BENCH_VISITS", "1000000"));
        int runs = Integer.parseInt(env("ATELIER_BENCH_RUNS", "5"));
        boolean pg = "1".equals(System.getenv("ATELIER_BENCH_PG")) && System.getenv("ATELIER_TEST_PG_URL") != null;
        Path dir = Path.of(env("ATELIER_BENCH_DIR", "target/reports-bench")).resolve(clients + "-" + visits);
        Path marker = dir.resolve(pg ? "generated-pg" : "generated");
        Files.createDirectories(dir);
        String url = null;
        if (pg) {
            String base = System.getenv("ATELIER_TEST_PG_URL");
            url = base + (base.contains("?") ? "&" : "?") + "currentSchema=bench_reports";
            if (!Files.exists(marker)) {
                try (var c = java.sql.DriverManager.getConnection(base); var s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS bench_reports CASCADE");
                    s.execute("CREATE SCHEMA bench_reports");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (!Files.exists(marker)) {
            Files.deleteIfExists(dir.resolve("atelier.db"));
            Files.deleteIfExists(dir.resolve("atelier.db-wal"));
            Files.deleteIfExists(dir.resolve("atelier.db-shm"));
        }
        try (Database db = Database.open(dir, url)) {
            long salon;
            if (Files.exists(marker)) {
                salon = db.read(h -> h.createQuery("SELECT id FROM salon WHERE slug = 'bench'").mapTo(Long.class).one());
            } else {
                salon = new BenchmarkHistory().generate(db, clients, visits, 42);
                if (pg) {
                    db.write(h -> h.execute("ANALYZE"));
                }
                Files.writeString(marker, "ok");
            }
            Clock clock = Clock.fixed(BenchmarkHistory.TODAY.atTime(12, 0).atZone(BenchmarkHistory.ZONE).toInstant(), ZoneOffset.UTC);
            ReportsService reports = new ReportsService(db, clock, new SalonService(db, clock, new UserService(new PasswordHasher(), clock)));
            if ("1".equals(System.getenv("ATELIER_BENCH_SQL"))) {
                // each statement's time, to see which part of a report costs what
                reports.sqlLogger(new org.jdbi.v3.core.statement.SqlLogger() {
                    @Override
                    public void logAfterExecution(org.jdbi.v3.core.statement.StatementContext ctx) {
                        // a SQLite statement runs on while its rows are read: time it until it is closed
                        java.time.Instant start = ctx.getExecutionMoment();
                        String sql = ctx.getRenderedSql().replaceAll("\\s+", " ");
                        ctx.addCleanable(() -> System.out.printf("    %6d ms  %s%n",
                                java.time.Duration.between(start, java.time.Instant.now()).toMillis(),
                                sql.substring(0, Math.min(150, sql.length()))));
                    }
                });
            }
            long size = db.read(h -> h.createQuery("SELECT count(*) FROM visit WHERE salon_id = :s").bind("s", salon).mapTo(Long.class).one());
            long someClient = db.read(h -> h.createQuery("SELECT client_id FROM visit WHERE salon_id = :s AND status = 'completed' "
                    + "ORDER BY start_at DESC LIMIT 1").bind("s", salon).mapTo(Long.class).one());
            long someMaster = db.read(h -> h.createQuery("SELECT min(id) FROM staff WHERE salon_id = :s").bind("s", salon)
                    .mapTo(Long.class).one());
            ReportQuery month = ReportQuery.period("2026-05-16", "2026-06-14");
            ReportQuery year = ReportQuery.period("2025-06-15", "2026-06-14");
            ReportQuery all = ReportQuery.period(null, null);
            Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
            cases.put("returnability, 30 days, 90-day window", () -> reports.returnability(salon, month, 90));
            cases.put("returnability, 365 days, by month", () -> reports.returnability(salon, year, 30));
            cases.put("lost and sleeping, all history, top 100 by value", () -> reports.lostClients(salon, all, null, null, null, null, null));
            cases.put("lost and sleeping, favourite master filter", () -> reports.lostClients(salon, all.withStaff(someMaster), null, null, null, null, null));
            cases.put("lost and sleeping, CSV of 100 000 rows max", () -> reports.lostClients(salon, all, null, null, null, 100_000, null).table().toCsv("EUR"));
            cases.put("sources, 30 days", () -> reports.sources(salon, month, 30));
            cases.put("sources, 365 days", () -> reports.sources(salon, year, 30));
            cases.put("top clients, 30 days", () -> reports.topClients(salon, month, "revenue", 20));
            cases.put("top clients, 365 days, by average bill", () -> reports.topClients(salon, year, "averageBill", 20));
            cases.put("master rating, 30 days", () -> reports.masters(salon, month, 30, 90));
            cases.put("master rating, 365 days", () -> reports.masters(salon, year, 30, 90));
            cases.put("category gaps, 30 days, never nails", () -> reports.categoryGaps(salon, month.withCategory("nails"), null, null));
            cases.put("category gaps, 365 days", () -> reports.categoryGaps(salon, year, null, null));
            cases.put("one client's categories", () -> reports.clientCategories(salon, someClient, null));
            cases.put("activity, 30 days", () -> reports.activity(salon, month));
            cases.put("activity, 365 days", () -> reports.activity(salon, year));
            System.out.printf("%n%s, %,d visits (%s)%n", pg ? "PostgreSQL" : "SQLite", size, dir.toAbsolutePath());
            System.out.printf("%-52s %10s %10s %10s%n", "report", "median ms", "worst ms", "cpu ms");
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            List<String> lines = new ArrayList<>();
            String out = System.getenv("ATELIER_BENCH_OUT");
            if (out != null) {
                Files.createDirectories(Path.of(out));
            }
            int n = 0;
            for (Map.Entry<String, Supplier<Object>> c : cases.entrySet()) {
                Object result = c.getValue().get();
                n++;
                if (out != null) {
                    String name = String.format("%02d-%s.json", n, c.getKey().replaceAll("[^A-Za-z0-9]+", "-"));
                    Files.writeString(Path.of(out, name), new Json().write(result));
                }
                long[] ms = new long[runs];
                long[] cpuMs = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long c0 = cpu.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    c.getValue().get();
                    ms[i] = (System.nanoTime() - t0) / 1_000_000;
                    cpuMs[i] = (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000;
                }
                Arrays.sort(ms);
                Arrays.sort(cpuMs);
                String line = String.format("%-52s %10d %10d %10d", c.getKey(), ms[runs / 2], ms[runs - 1], cpuMs[runs / 2]);
                lines.add(line);
                System.out.println(line);
            }
            lines.add(booking(db, clock, salon, someClient, Integer.parseInt(env("ATELIER_BENCH_BOOKINGS", "20"))));
            Files.write(dir.resolve(pg ? "results-pg.txt" : "results.txt"), lines);
        }
    }

    /**
     * Books one service for the busiest master in free slots after their last visit, {@code count}
     * times after a warm-up, and prints the median wall and CPU time of a booking; then deletes the
     * visits booked and their events.
     */
    private static String booking(Database db, Clock clock, long salon, long client, int count) {
        long master = db.read(h -> h.createQuery("""
                        SELECT staff_id FROM visit WHERE salon_id = :s GROUP BY staff_id ORDER BY count(*) DESC, staff_id LIMIT 1""")
                .bind("s", salon).mapTo(Long.class).one());
        long service = db.read(h -> h.createQuery("SELECT min(id) FROM service WHERE salon_id = :s AND active = 1")
                .bind("s", salon).mapTo(Long.class).one());
        long lastEnd = db.read(h -> h.createQuery("SELECT max(end_at) FROM visit WHERE salon_id = :s AND staff_id = :m")
                .bind("s", salon).bind("m", master).mapTo(Long.class).one());
        long masterVisits = db.read(h -> h.createQuery("SELECT count(*) FROM visit WHERE salon_id = :s AND staff_id = :m")
                .bind("s", salon).bind("m", master).mapTo(Long.class).one());
        VisitService visits = new VisitService(db, clock, new Outbox(new Json(), clock),
                new SalonService(db, clock, new UserService(new PasswordHasher(), clock)));
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        Instant start = Instant.ofEpochMilli(lastEnd).truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        List<Long> booked = new ArrayList<>();
        long[] us = new long[count];
        long[] cpuUs = new long[count];
        try {
            for (int i = -1; i < count; i++) {
                BookingRequest r = new BookingRequest(client, master, start.toString(), List.of(new ItemRequest(service, null, null)),
                        "admin");
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Visit v = visits.book(salon, r);
                if (i >= 0) {
                    us[i] = (System.nanoTime() - t0) / 1_000;
                    cpuUs[i] = (cpu.getCurrentThreadCpuTime() - c0) / 1_000;
                }
                booked.add(v.id());
                start = v.end().plus(Duration.ofMinutes(15));
            }
        } finally {
            db.write(h -> {
                for (long id : booked) {
                    h.execute("DELETE FROM outbox_event WHERE salon_id = ? AND subject_id = ?", salon, id);
                    h.execute("DELETE FROM visit_item WHERE salon_id = ? AND visit_id = ?", salon, id);
                    h.execute("DELETE FROM visit WHERE salon_id = ? AND id = ?", salon, id);
                }
                return null;
            });
        }
        Arrays.sort(us);
        Arrays.sort(cpuUs);
        String line = String.format("%-52s %10.2f %10.2f %10.2f", "booking, master with " + masterVisits + " visits",
                us[count / 2] / 1000.0, us[count - 1] / 1000.0, cpuUs[count / 2] / 1000.0);
        System.out.println(line);
        return line;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
