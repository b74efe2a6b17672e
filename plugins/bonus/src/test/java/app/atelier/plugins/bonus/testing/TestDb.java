package app.atelier.plugins.bonus.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A SQLite database in a temporary file with the plugin's own migration applied, as the host
 * would apply it: the ledger's SQL is tested on the real schema (triggers included), not on a mock.
 */
public final class TestDb implements AutoCloseable {
    public final Path file;
    public final Jdbi jdbi;

    private TestDb(Path file) {
        this.file = file;
        // no fsync: a test database need not survive a power cut, and the properties write thousands of transactions
        this.jdbi = Jdbi.create("jdbc:sqlite:" + file.toAbsolutePath() + "?synchronous=OFF&journal_mode=MEMORY");
        jdbi.useHandle(TestDb::migrate);
    }

    public static TestDb create() {
        try {
            return new TestDb(Files.createTempFile("bonus-test", ".db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plugin's SQLite migrations, in order. */
    private static final List<String> MIGRATIONS = List.of("V1__bonus_tables.sql", "V2__wallet_reversals.sql");

    /** Runs every script of {@code db/bonus/sqlite/} statement by statement. */
    static void migrate(Handle h) {
        for (String script : MIGRATIONS) {
            migrate(h, script);
        }
    }

    private static void migrate(Handle h, String script) {
        String sql;
        try (InputStream in = TestDb.class.getResourceAsStream("/db/bonus/sqlite/" + script)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String withoutComments = Arrays.stream(sql.split("\n")).filter(l -> !l.trim().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        // statements end with ';' at a line's end; a trigger's inner ';' is followed by " END"
        for (String statement : withoutComments.split(";\\s*\n")) {
            if (!statement.isBlank()) {
                h.execute(statement);
            }
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-journal"));
        } catch (IOException e) {
            // a temp file left behind is harmless
        }
    }
}
