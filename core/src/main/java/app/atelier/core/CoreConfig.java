package app.atelier.core;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How to assemble the core.
 *
 * @param dataDir           folder of the SQLite file and pending plugin upgrades
 * @param pluginsDir        folder of plugin jars
 * @param apiVersion        the plugin-api version this host provides (PF4J's system version)
 * @param clock             the time source of everything
 * @param workerPeriod      how often background work looks for due events, messages and tasks;
 *                          {@code null} to run none (tests drive them by hand)
 * @param jdbcUrl           a {@code jdbc:postgresql:} URL to keep the data in PostgreSQL;
 *                          {@code null} for the SQLite file in {@code dataDir}
 */
public record CoreConfig(Path dataDir, Path pluginsDir, String apiVersion, Clock clock, Duration workerPeriod,
                         String jdbcUrl) {

    /** A core over the SQLite file in {@code dataDir}. */
    public CoreConfig(Path dataDir, Path pluginsDir, String apiVersion, Clock clock, Duration workerPeriod) {
        this(dataDir, pluginsDir, apiVersion, clock, workerPeriod, null);
    }
}
