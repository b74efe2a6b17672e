package app.atelier.core.plugins;

import com.fasterxml.jackson.databind.type.TypeFactory;
import java.beans.Introspector;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.logging.LogFactory;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Library caches keyed by class that would keep an unloaded plugin's classes, and so its
 * classloader, alive, and that the host can reach itself. (The host's ObjectMapper and the
 * plugin's {@code PluginContext} are let go by {@link PluginHost#onUnload} listeners.)
 */
final class LibraryCaches {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryCaches.class);

    private static final String JDBI_CONSTRUCTORS = "org.jdbi.v3.core.mapper.reflect.ConstructorInstanceFactory";

    static void forget(ClassLoader loader) {
        if (loader == null) {
            return;
        }
        // shared by every ObjectMapper created without a TypeFactory of its own
        TypeFactory.defaultInstance().clearCache();
        forgetJdbiConstructors(loader);
        // Jdbi's bean mapping and binding go through java.beans, which caches BeanInfo per class
        // (softly: it would only go under memory pressure)
        Introspector.flushCaches();
    }

    /**
     * Jdbi's ConstructorMapper keeps every constructor it used in a static WeakHashMap whose
     * values hold a MethodHandle of the constructor, and so its class: the weak key never
     * clears while the value holds it strongly, and a stale entry only goes at the map's next
     * use. Jdbi offers no way to clear it, hence reflection; if a Jdbi upgrade changes the field,
     * this logs a warning and the leak test fails.
     */
    private static void forgetJdbiConstructors(ClassLoader loader) {
        try {
            Field field = Class.forName(JDBI_CONSTRUCTORS, false, Jdbi.class.getClassLoader()).getDeclaredField("CONSTRUCTOR_CACHE");
            field.setAccessible(true);
            Map<?, ?> cache = (Map<?, ?>) field.get(null);
            cache.keySet().removeIf(key -> key instanceof Constructor<?> c && c.getDeclaringClass().getClassLoader() == loader);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("cannot clear Jdbi's constructor cache: an unloaded plugin's classes may stay in memory ({})", e.toString());
        }
    }

    /**
     * Flyway keeps the configuration of the last {@code Flyway} it built in a static field
     * ({@code LogFactory.configuration}), and with it that migration's classloader: after a plugin's
     * migration, that is the plugin's loader, which would then outlive the plugin. Pointing it back
     * at a configuration over the host's loader lets an unloaded plugin be collected.
     */
    static void forgetFlywayConfiguration() {
        LogFactory.setConfiguration(Flyway.configure(LibraryCaches.class.getClassLoader()));
    }
}
