package app.atelier.web.postgres;

import app.atelier.core.db.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A throw-away schema in the PostgreSQL database named by {@code ATELIER_TEST_PG_URL} (set by
 * .ci/run): dropped and created anew, so every test class starts from nothing.
 */
final class PostgresSchema {
    static final String ENV = "ATELIER_TEST_PG_URL";

    private PostgresSchema() {
    }

    /** A fresh schema named after the test class; returns a URL whose connections use only it. */
    static String fresh(Class<?> testClass) {
        String base = System.getenv(ENV);
        String schema = "w_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare schema " + schema + " in " + Database.redact(base) + ": "
                    + e.getMessage(), e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
