package app.atelier.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database file: one writer connection and a small pool of readers.
 *
 * <p>Pragmas are connection properties, so that every pooled connection gets them (a PRAGMA in a
 * migration would only touch the connection that ran it). Transactions are IMMEDIATE: a deferred
 * read-then-write transaction fails with SQLITE_BUSY under concurrency despite the busy timeout;
 * an immediate one waits for the lock instead.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource writerSource;
    private final HikariDataSource readerSource;
    private final Jdbi writer;
    private final Jdbi reader;
    // the write transaction this thread is inside, so that a nested write joins it instead of
    // waiting forever for the single writer connection its own caller holds
    private final ThreadLocal<Handle> currentWrite = new ThreadLocal<>();

    private Database(HikariDataSource writerSource, HikariDataSource readerSource) {
        this.writerSource = writerSource;
        this.readerSource = readerSource;
        this.writer = Jdbi.create(writerSource);
        this.reader = Jdbi.create(readerSource);
    }

    /** Opens (creating if needed) {@code atelier.db} in the data folder and migrates the core schema. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create data folder " + dataDir + ": " + e.getMessage(), e);
        }
        String url = "jdbc:sqlite:" + dataDir.resolve("atelier.db").toAbsolutePath();
        Database db = new Database(pool(url, "atelier-writer", 1, false), pool(url, "atelier-reader", 4, true));
        db.migrate("core", "classpath:db/core", Database.class.getClassLoader());
        return db;
    }

    private static HikariDataSource pool(String url, String name, int size, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl(url);
        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(sqlite);
        hikari.setPoolName(name);
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(1);
        // a caller that waits this long for the single writer is stuck, not slow: fail loudly
        hikari.setConnectionTimeout(15_000);
        hikari.setReadOnly(false);
        hikari.setAutoCommit(true);
        return new HikariDataSource(hikari);
    }

    /**
     * Runs the Flyway migrations found at {@code location} with their own history table.
     *
     * @param owner       "core" or a plugin id; names the history table {@code flyway_history_<owner>}
     * @param classLoader the loader that sees the migration files (a plugin's own)
     */
    public void migrate(String owner, String location, ClassLoader classLoader) {
        Flyway.configure(classLoader)
                .dataSource(writerSource)
                .locations(location)
                .table("flyway_history_" + owner.replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }

    /**
     * Runs {@code callback} in one IMMEDIATE write transaction. Called inside another write on the
     * same thread, it joins that transaction (and commits or rolls back with it).
     */
    public <R, X extends Exception> R write(HandleCallback<R, X> callback) throws X {
        Handle open = currentWrite.get();
        if (open != null) {
            return callback.withHandle(open);
        }
        return writer.inTransaction(h -> {
            currentWrite.set(h);
            try {
                return callback.withHandle(h);
            } finally {
                currentWrite.remove();
            }
        });
    }

    /** Runs {@code callback} on a reader connection (a consistent WAL snapshot per statement). */
    public <R, X extends Exception> R read(HandleCallback<R, X> callback) throws X {
        return reader.withHandle(callback);
    }

    /** The writer, for plugins' own tables. */
    public Jdbi writer() {
        return writer;
    }

    /** Opens a handle on the writer, for callers that manage the transaction themselves. */
    public Handle openWriteHandle() {
        return writer.open();
    }

    @Override
    public void close() {
        readerSource.close();
        writerSource.close();
    }
}
