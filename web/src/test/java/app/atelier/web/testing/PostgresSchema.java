package app.atelier.web.testing;

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
public final class PostgresSchema {
    public static final String ENV = "ATELIER_TEST_PG_URL";

    private PostgresSchema() {
    }

    /** A fresh schema named after the test class ({@code w_<simple name>}); returns a URL whose connections use only it. */
    public static String fresh(Class<?> testClass) {
        return fresh("w_" + testClass.getSimpleName().toLowerCase(Locale.ROOT));
    }

    /** A fresh schema of this name; returns a URL whose connections use only it. */
    public static String fresh(String schema) {
        String base = System.getenv(ENV);
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
