package app.atelier.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL schema: the core migrations apply to an empty schema, and the exclusion
 * constraint alone (no service involved, plain SQL) refuses a master's overlapping live visits.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.ENV, matches = ".+")
class PostgresSchemaTest {
    static final long HOUR = 3_600_000L;
    static final long T0 = 1_800_000_000_000L;

    @TempDir
    static Path dir;
    static String url;
    static Database db;
    static long salon;
    static long client;
    static long master;
    static long other;

    @BeforeAll
    static void open() {
        url = PostgresSchema.fresh(PostgresSchemaTest.class);
        db = Database.open(dir, url);
        db.write(h -> {
            long tariff = id(h, "INSERT INTO tariff (name, created_at) VALUES ('basic', 0)");
            salon = id(h, "INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at) "
                    + "VALUES ('pg', 'PG', 'Europe/Moscow', 'RUB', 'RU', 'ru', " + tariff + ", 0)");
            client = id(h, "INSERT INTO client (salon_id, name, created_at, updated_at) VALUES (" + salon + ", 'Anna', 0, 0)");
            master = id(h, "INSERT INTO staff (salon_id, name, created_at) VALUES (" + salon + ", 'Master', 0)");
            other = id(h, "INSERT INTO staff (salon_id, name, created_at) VALUES (" + salon + ", 'Other', 0)");
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static long id(Handle h, String insert) {
        return h.createUpdate(insert).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static long visit(Handle h, long staff, long start, long end, String status) {
        return h.createUpdate("""
                        INSERT INTO visit (salon_id, client_id, staff_id, start_at, end_at, status, channel, created_at, updated_at)
                        VALUES (:s, :c, :m, :start, :end, :status, 'admin', 0, 0)""")
                .bind("s", salon).bind("c", client).bind("m", staff).bind("start", start).bind("end", end)
                .bind("status", status).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Test
    void coreMigrationsApplyFromThePostgresqlFolder() {
        assertEquals(Database.POSTGRESQL, db.vendor());
        List<String> applied = db.read(h -> h.createQuery(
                        "SELECT version || ' ' || script FROM flyway_history_core WHERE success ORDER BY installed_rank")
                .mapTo(String.class).list());
        List<String> expected = MigrationSourceTest.coreScripts(Database.POSTGRESQL).stream()
                .map(script -> script.substring(1, script.indexOf("__")) + " " + script).toList();
        assertEquals(expected, applied);
        assertEquals(List.of("1 V1__core_schema.sql", "3 V3__client_search.sql"), applied.subList(0, 2));
        int constraints = db.read(h -> h.createQuery("""
                        SELECT count(*) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                        WHERE c.conname = 'visit_no_overlap' AND c.contype = 'x' AND t.relname = 'visit'
                          AND t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())""")
                .mapTo(Integer.class).one());
        assertEquals(1, constraints);
        // epoch milliseconds and money need 64 bits
        long big = 10_000_000_000L;
        long service = db.write(h -> id(h, "INSERT INTO service (salon_id, name, category, duration_minutes, price, created_at) "
                + "VALUES (" + salon + ", 'Gold', 'Hair', 60, " + big + ", " + T0 + ")"));
        long stored = db.read(h -> h.createQuery("SELECT price FROM service WHERE id = :id").bind("id", service)
                .mapTo(Long.class).one());
        assertEquals(big, stored);
    }

    @Test
    void reopeningAMigratedDatabaseAppliesNothingTwice() {
        try (Database again = Database.open(dir, url)) {
            int rows = again.read(h -> h.createQuery("SELECT count(*) FROM flyway_history_core").mapTo(Integer.class).one());
            assertEquals(MigrationSourceTest.coreScripts(Database.POSTGRESQL).size(), rows);
        }
    }

    @Test
    void theExclusionConstraintRefusesAnOverlappingInsertMadeWithPlainSql() {
        long start = T0 + 24 * HOUR;
        db.write(h -> visit(h, master, start, start + HOUR, "booked"));
        UnableToExecuteStatementException e = assertThrows(UnableToExecuteStatementException.class,
                () -> db.write(h -> visit(h, master, start + HOUR / 2, start + 2 * HOUR, "confirmed")));
        assertTrue(Database.violatesExclusion(e, "visit_no_overlap"), e::getMessage);
        // one inside the other, and the exact same range, are overlaps too
        assertThrows(UnableToExecuteStatementException.class,
                () -> db.write(h -> visit(h, master, start + 10 * 60_000, start + 20 * 60_000, "booked")));
        assertThrows(UnableToExecuteStatementException.class,
                () -> db.write(h -> visit(h, master, start, start + HOUR, "no_show")));
        assertEquals(1, count(start, start + 2 * HOUR));
    }

    @Test
    void rangesAreHalfOpenCancelledVisitsFreeTheirTimeAndMastersAreIndependent() {
        long start = T0 + 48 * HOUR;
        db.write(h -> visit(h, master, start, start + HOUR, "booked"));
        // back to back: [10:00, 11:00) and [11:00, 12:00) do not meet
        db.write(h -> visit(h, master, start + HOUR, start + 2 * HOUR, "booked"));
        db.write(h -> visit(h, master, start - HOUR, start, "completed"));
        // another master at the same time
        db.write(h -> visit(h, other, start, start + HOUR, "booked"));
        // cancelled visits neither block nor are blocked
        db.write(h -> visit(h, master, start, start + HOUR, "cancelled"));
        assertEquals(5, count(start - HOUR, start + 2 * HOUR));
    }

    @Test
    void theConstraintAlsoGuardsUpdates() {
        long start = T0 + 72 * HOUR;
        db.write(h -> visit(h, master, start, start + HOUR, "booked"));
        long later = db.write(h -> visit(h, master, start + 2 * HOUR, start + 3 * HOUR, "booked"));
        long cancelled = db.write(h -> visit(h, master, start, start + HOUR, "cancelled"));
        UnableToExecuteStatementException moved = assertThrows(UnableToExecuteStatementException.class,
                () -> db.write(h -> h.execute("UPDATE visit SET start_at = ?, end_at = ? WHERE id = ?",
                        start + HOUR / 2, start + HOUR + HOUR / 2, later)));
        assertTrue(Database.violatesExclusion(moved, "visit_no_overlap"), moved::getMessage);
        UnableToExecuteStatementException revived = assertThrows(UnableToExecuteStatementException.class,
                () -> db.write(h -> h.execute("UPDATE visit SET status = 'booked' WHERE id = ?", cancelled)));
        assertTrue(Database.violatesExclusion(revived, "visit_no_overlap"), revived::getMessage);
    }

    private static int count(long from, long to) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM visit WHERE start_at >= :f AND start_at < :t")
                .bind("f", from).bind("t", to).mapTo(Integer.class).one());
    }
}
