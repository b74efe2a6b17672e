package app.atelier.core.tasks;

import app.atelier.core.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link TaskServiceTest} on PostgreSQL, each test in a fresh schema of {@code ATELIER_TEST_PG_URL}. */
@EnabledIfEnvironmentVariable(named = "ATELIER_TEST_PG_URL", matches = ".+")
class TaskServicePostgresTest extends TaskServiceTest {
    @Override
    Database open(Path dir) {
        String base = System.getenv("ATELIER_TEST_PG_URL");
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS t_tasks CASCADE");
            s.execute("CREATE SCHEMA t_tasks");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Database.open(dir, base + (base.contains("?") ? "&" : "?") + "currentSchema=t_tasks");
    }
}
