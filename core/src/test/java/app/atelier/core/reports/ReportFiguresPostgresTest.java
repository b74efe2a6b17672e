package app.atelier.core.reports;

import app.atelier.core.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReportFigures} on PostgreSQL, in a fresh schema of the database at {@code ATELIER_TEST_PG_URL}. */
@EnabledIfEnvironmentVariable(named = "ATELIER_TEST_PG_URL", matches = ".+")
class ReportFiguresPostgresTest extends ReportFigures {
    @TempDir
    static Path dir;

    @BeforeAll
    static void open() throws SQLException {
        String base = System.getenv("ATELIER_TEST_PG_URL");
        String schema = "t_report_figures";
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        setUp(Database.open(dir, base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema));
    }
}
