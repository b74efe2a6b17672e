package app.atelier.api;

import app.atelier.api.settings.SettingsSchema;
import org.pf4j.Plugin;

/**
 * Base class of every Atelier plugin; name the subclass in the jar manifest as {@code Plugin-Class}.
 *
 * <p>The host creates it through its own {@code PluginFactory}, passing the {@link PluginContext}
 * to the constructor, so a subclass must declare a public constructor taking exactly one
 * {@code PluginContext}. Extensions (classes annotated {@code @org.pf4j.Extension}) receive the same
 * context through a one-argument constructor as well.
 *
 * <p>Migrations: put Flyway SQL files under {@code db/<pluginId>/} in the jar
 * ({@code V1__create_tables.sql}, …). They run when the plugin starts, with a history table of the
 * plugin's own; prefix your tables with the plugin id. The host runs on SQLite or PostgreSQL: when
 * {@code db/<pluginId>/sqlite/} or {@code db/<pluginId>/postgresql/} exists for the database in
 * use, only that folder runs; otherwise the scripts in {@code db/<pluginId>/} must be portable SQL.
 * So a plugin whose SQL is not portable ships one complete set per database, with the same
 * version numbers.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public abstract class AtelierPlugin extends Plugin {

    private final PluginContext context;

    protected AtelierPlugin(PluginContext context) {
        this.context = context;
    }

    /** What the host gave this plugin. */
    public final PluginContext context() {
        return context;
    }

    /**
     * The per-salon settings this plugin understands. The host stores, validates and renders them;
     * read them with {@link PluginContext#settings(long)}.
     */
    public SettingsSchema settingsSchema() {
        return SettingsSchema.EMPTY;
    }
}
