package app.atelier.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database: a SQLite file by default, or PostgreSQL when given a {@code jdbc:postgresql:} URL.
 *
 * <p><b>SQLite</b>: one writer connection and a small pool of readers. Pragmas are connection
 * properties, so that every pooled connection gets them (a PRAGMA in a migration would only touch
 * the connection that ran it); {@code mmap_size} among them. Transactions are IMMEDIATE: a deferred read-then-write transaction
 * fails with SQLITE_BUSY under concurrency despite the busy timeout; an immediate one waits for the
 * lock instead.
 *
 * <p><b>PostgreSQL</b>: one pool of {@value #POSTGRES_POOL} connections for reads and writes, READ
 * COMMITTED. Writers run concurrently, so an invariant that SQLite's single writer keeps by
 * serializing transactions is kept there by a constraint: no double booking is the exclusion
 * constraint {@code visit_no_overlap} (its violation, SQLState {@value #EXCLUSION_VIOLATION}, is
 * answered as the same conflict the service's own check raises), a claim of a lease is a
 * conditional UPDATE whose row count says who won.
 *
 * <p>Migrations: see {@link MigrationSource} for which scripts run on which database.
 */
public final class Database implements AutoCloseable {
    /** Vendor names, also the names of vendor-specific migration folders. */
    public static final String SQLITE = "sqlite";
    public static final String POSTGRESQL = "postgresql";
    /** PostgreSQL's SQLState for a violated exclusion constraint. */
    public static final String EXCLUSION_VIOLATION = "23P01";
    static final int POSTGRES_POOL = 10;
    /** SQLite's default upper limit for memory-mapped I/O (SQLITE_MAX_MMAP_SIZE). */
    static final long MMAP_BYTES = 0x7fff0000L;

    private final String vendor;
    private final HikariDataSource writerSource;
    private final HikariDataSource readerSource;
    private final Jdbi writer;
    private final Jdbi reader;
    // the write transaction this thread is inside, so that a nested write joins it instead of
    // waiting forever for the single writer connection its own caller holds
    private final ThreadLocal<Handle> currentWrite = new ThreadLocal<>();

    private Database(String vendor, HikariDataSource writerSource, HikariDataSource readerSource) {
        this.vendor = vendor;
        this.writerSource = writerSource;
        this.readerSource = readerSource;
        this.writer = Jdbi.create(writerSource);
        this.reader = readerSource == writerSource ? writer : Jdbi.create(readerSource);
    }

    /** Opens (creating if needed) {@code atelier.db} in the data folder and migrates the core schema. */
    public static Database open(Path dataDir) {
        return open(dataDir, null);
    }

    /**
     * Opens the database and migrates the core schema: PostgreSQL when {@code jdbcUrl} is a
     * {@code jdbc:postgresql:} URL, else (when it is null or blank) {@code atelier.db} in the data folder.
     */
    public static Database open(Path dataDir, String jdbcUrl) {
        Database db;
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            try {
                Files.createDirectories(dataDir);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot create data folder " + dataDir + ": " + e.getMessage(), e);
            }
            String url = "jdbc:sqlite:" + dataDir.resolve("atelier.db").toAbsolutePath();
            db = new Database(SQLITE, sqlitePool(url, "atelier-writer", 1), sqlitePool(url, "atelier-reader", 4));
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            HikariDataSource pool = postgresPool(jdbcUrl);
            db = new Database(POSTGRESQL, pool, pool);
        } else {
            throw new IllegalArgumentException("unsupported database URL " + redact(jdbcUrl)
                    + ": give a jdbc:postgresql://host:port/database?user=…&password=… URL, or none for SQLite");
        }
        try {
            db.migrate("core", "classpath:db/core", Database.class.getClassLoader());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static HikariDataSource sqlitePool(String url, String name, int size) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // read the file memory-mapped, up to SQLite's default ceiling (SQLITE_MAX_MMAP_SIZE): the reports
        // walk large index ranges, and through the 2 MB page cache every page read would be a system call
        // (twice as slow on a million visits). Reads only: SQLite still writes with write(), and the WAL
        // keeps readers consistent as before.
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(MMAP_BYTES));
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

    private static HikariDataSource postgresPool(String url) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setDriverClassName("org.postgresql.Driver");
        hikari.setPoolName("atelier-postgresql");
        hikari.setMaximumPoolSize(POSTGRES_POOL);
        hikari.setMinimumIdle(2);
        hikari.setConnectionTimeout(15_000);
        hikari.setAutoCommit(true);
        // READ COMMITTED is enough: the overlap check in the booking transaction answers the common
        // case early, and the exclusion constraint decides the race (the second insert waits for the
        // first transaction, then fails with 23P01); SERIALIZABLE would only add retries
        hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        try {
            return new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("cannot connect to PostgreSQL at " + redact(url) + ": " + cause.getMessage(), e);
        }
    }

    /** {@value #SQLITE} or {@value #POSTGRESQL}. */
    public String vendor() {
        return vendor;
    }

    /**
     * Runs the Flyway migrations found at {@code location} with their own history table.
     *
     * <p>For {@code classpath:db/<owner>} the scripts of {@code db/<owner>/sqlite/} or
     * {@code db/<owner>/postgresql/} run when that folder exists for this database; otherwise those of
     * {@code db/<owner>/} (portable SQL), leaving out the other database's folder. The plugin host calls
     * this with {@code classpath:db/<pluginId>} and the plugin's class loader, so a plugin whose SQL is
     * not portable ships a complete set per database with the same version numbers.
     *
     * @param owner       "core" or a plugin id; names the history table {@code flyway_history_<owner>}
     * @param classLoader the loader that sees the migration files (a plugin's own)
     */
    public void migrate(String owner, String location, ClassLoader classLoader) {
        MigrationSource.Plan plan = MigrationSource.plan(location, vendor, classLoader);
        FluentConfiguration flyway = Flyway.configure(classLoader)
                .dataSource(writerSource)
                .locations(plan.location())
                .table("flyway_history_" + owner.replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false);
        if (plan.resources() != null) {
            flyway.resourceProvider(plan.resources());
        }
        flyway.load().migrate();
    }

    /**
     * Runs {@code callback} in one write transaction (IMMEDIATE on SQLite). Called inside another
     * write on the same thread, it joins that transaction (and commits or rolls back with it).
     */
    public <R, X extends Exception> R write(HandleCallback<R, X> callback) throws X {
        Handle open = currentWrite.get();
        if (open != null) {
            return callback.withHandle(open);
        }
        try {
            return writer.inTransaction(h -> {
                currentWrite.set(h);
                try {
                    return callback.withHandle(h);
                } finally {
                    currentWrite.remove();
                }
            });
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
            throw uniqueViolation(e) ? new app.atelier.core.common.ConflictException("duplicate",
                    "this already exists (someone else saved the same just now)") : e;
        }
    }

    /**
     * Services check uniqueness before they insert; only two writers racing past that check reach
     * the UNIQUE constraint (PostgreSQL runs writers in parallel). The loser gets a 409, not a 500.
     */
    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ("23505".equals(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).contains("UNIQUE constraint failed"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code callback} on a reader connection (on SQLite a consistent WAL snapshot per statement).
     * On PostgreSQL a read inside this thread's write transaction runs on that transaction's
     * connection: reads and writes share one pool there, and a write that waited for a second
     * connection could starve the pool.
     */
    public <R, X extends Exception> R read(HandleCallback<R, X> callback) throws X {
        Handle open = currentWrite.get();
        if (open != null && readerSource == writerSource) {
            return callback.withHandle(open);
        }
        return reader.withHandle(callback);
    }

    /** The writer, for plugins' own tables. */
    /**
     * A Jdbi of its own over the writer's pool, for one plugin: Jdbi caches mappers and constructors
     * of the classes it meets, so a plugin's classes must go with its own instance when it unloads.
     */
    public Jdbi newWriterJdbi() {
        return Jdbi.create(writerSource);
    }

    public Jdbi writer() {
        return writer;
    }

    /** Opens a handle on the writer, for callers that manage the transaction themselves. */
    public Handle openWriteHandle() {
        return writer.open();
    }

    /**
     * Whether {@code e} (or a cause) is PostgreSQL's violation of the exclusion constraint named
     * {@code constraint}; SQLite has no exclusion constraints and never matches.
     */
    public static boolean violatesExclusion(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    /** The URL without its password, for messages and logs. */
    public static String redact(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@?]*:[^/@?]*@", "//***@");
    }

    @Override
    public void close() {
        if (readerSource != writerSource) {
            readerSource.close();
        }
        writerSource.close();
    }
}
