package app.atelier.api;

import app.atelier.api.data.SalonActions;
import app.atelier.api.data.SalonData;
import app.atelier.api.notify.Notifications;
import app.atelier.api.settings.SettingsValues;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Everything a plugin may use from the host. One instance per plugin, given to the plugin's and
 * its extensions' constructors. It is safe to keep and to use from any thread.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface PluginContext {

    /** This plugin's id, as declared in {@code Plugin-Id}. */
    String pluginId();

    /** The clock to read "now" from; tests move it, so never call {@code Instant.now()}. */
    Clock clock();

    /**
     * The database, for this plugin's own tables only (those its migrations created). Inside a
     * checkout use the handle of the checkout context instead, so that writes share its transaction.
     */
    Jdbi database();

    /** Read access to the salon's clients, visits, staff and services. */
    SalonData salonData();

    /** Changes to core data (clients, visits) under the core's rules, e.g. for online booking. */
    SalonActions salonActions();

    /** This plugin's settings for a salon, defaults filled in. */
    SettingsValues settings(long salonId);

    /**
     * This plugin's texts in a language: the bundle {@code i18n/<pluginId>} from the plugin's own jar
     * ({@code i18n/bonus.properties}, {@code i18n/bonus_ru.properties}, UTF-8). A language without
     * its own file gets the base file, never the JVM's default locale.
     *
     * @throws java.util.MissingResourceException when the jar has no {@code i18n/<pluginId>.properties}
     */
    java.util.ResourceBundle messages(java.util.Locale locale);

    /** Queues messages to clients; the host delivers them through the salon's channels. */
    Notifications notifications();

    /**
     * Extensions of a type that are active for the salon, contributed by any plugin (this one
     * included). Empty when no active plugin provides one: for example {@code BonusWallet} is simply
     * absent when the bonus plugin is off for the salon.
     */
    <T> List<T> extensions(long salonId, Class<T> type);
}
