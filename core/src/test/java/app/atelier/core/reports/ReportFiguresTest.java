package app.atelier.core.reports;

import app.atelier.core.db.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReportFigures} on SQLite. */
class ReportFiguresTest extends ReportFigures {
    @TempDir
    static Path dir;

    @BeforeAll
    static void open() {
        setUp(Database.open(dir));
    }
}
