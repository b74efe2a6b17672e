package app.atelier.core.plugins;

import app.atelier.api.AtelierPlugin;
import app.atelier.api.PluginContext;
import app.atelier.api.settings.SettingsSchema;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads, starts, stops, installs and uninstalls plugins, and answers which extensions each started
 * plugin contributes. A plugin that fails to load, migrate or start is marked failed with its
 * error while the app and every other plugin go on.
 *
 * <p>Uninstalling and upgrading happen at run time. Uninstalling stops and unloads the plugin and
 * deletes its jar; upgrading (installing a jar whose plugin id is loaded already) unloads the old
 * version and loads, migrates and starts the new one in the same call. An unloaded plugin leaves
 * nothing behind that keeps its classloader alive: the host drops its extensions and routes, the
 * libraries' caches of its classes are cleared ({@link #onUnload} listeners do the ones the host
 * does not own), and a test proves that repeated cycles let every old classloader be collected.
 * A jar left in {@code <data>/plugin-upgrades/} by an earlier version of the host is still applied
 * at start-up.
 */
public final class PluginHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);
    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    /** Ids the host's own routes use under /api/v1; a plugin cannot take them. */
    private static final Set<String> RESERVED_IDS = Set.of("auth", "platform", "plugins", "clients", "staff", "services",
            "products", "visits", "public", "api-keys", "channels", "notifications", "users", "salon", "openapi", "health", "admin", "core");

    private final Database db;
    private final Path pluginsDir;
    private final Path upgradesDir;
    private final String apiVersion;
    private final AtelierPluginManager manager;
    private final ExtensionCache extensions = new ExtensionCache();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final List<Runnable> lifecycleListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> unloadListeners = new CopyOnWriteArrayList<>();
    private final GuardedInvoker invoker;
    private volatile Set<String> started = Set.of();

    public PluginHost(Database db, Path pluginsDir, Path dataDir, String apiVersion, Function<String, PluginContext> contexts) {
        this.db = db;
        this.pluginsDir = pluginsDir;
        this.upgradesDir = dataDir.resolve("plugin-upgrades");
        this.apiVersion = apiVersion;
        this.manager = new AtelierPluginManager(pluginsDir, apiVersion, contexts);
        this.invoker = new GuardedInvoker(id -> {
            PluginWrapper w = manager.getPlugin(id);
            return w == null ? null : w.getPluginClassLoader();
        });
    }

    /** The classloader of a loaded plugin, or null. */
    public ClassLoader classLoaderOf(String pluginId) {
        PluginWrapper w = manager.getPlugin(pluginId);
        return w == null ? null : w.getPluginClassLoader();
    }

    public GuardedInvoker invoker() {
        return invoker;
    }

    /** Called after any plugin starts or stops, e.g. to rebuild the route table. */
    public void onLifecycleChange(Runnable listener) {
        lifecycleListeners.add(listener);
    }

    /**
     * Called with a plugin's id right after the plugin was unloaded at run time (uninstalled, or
     * replaced by an upgrade) and before any new version of it loads: whoever keeps objects of the
     * plugin, or caches its classes (its {@code PluginContext}, the host's ObjectMapper), lets go
     * here, so that the plugin's classloader can be collected.
     */
    public void onUnload(Consumer<String> listener) {
        unloadListeners.add(listener);
    }

    /** The ids of started plugins, a snapshot that lifecycle changes replace. */
    public Set<String> startedIds() {
        return started;
    }

    /** Loads every jar in the plugins folder and starts all but those the operator stopped. */
    public synchronized void startAll() {
        try {
            Files.createDirectories(pluginsDir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create plugins folder " + pluginsDir, e);
        }
        applyPendingUpgrades();
        for (Path jar : manager.pluginJars()) {
            loadQuietly(jar);
        }
        Set<String> stopped = Set.copyOf(db.read(h -> h.createQuery("SELECT plugin_id FROM plugin_state WHERE stopped = 1")
                .mapTo(String.class).list()));
        for (PluginWrapper w : manager.getPlugins()) {
            if (!stopped.contains(w.getPluginId()) && !failures.containsKey(w.getPluginId())) {
                startQuietly(w.getPluginId());
            }
        }
        refresh();
    }

    /**
     * Installs an uploaded jar and starts the plugin now. When a version of the plugin is loaded
     * already, this is an upgrade at run time: the old version is unloaded (its routes and
     * extensions go at once), the new one loads, migrates and starts, and a plugin the operator had
     * stopped stays stopped. A new version whose {@code Plugin-Requires} this host does not meet is
     * refused before anything changes, and the old version keeps running.
     */
    public synchronized PluginStatus install(Path uploadedJar) {
        String id = descriptorId(uploadedJar);
        boolean keepStopped = manager.getPlugin(id) != null && unloadForUpgrade(id, uploadedJar);
        Path target = pluginsDir.resolve(id + ".jar");
        try {
            Files.copy(uploadedJar, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot store plugin " + id, e);
        }
        failures.remove(id);
        if (loadQuietly(target) && !keepStopped) {
            startQuietly(id);
        }
        refresh();
        return status(id);
    }

    /**
     * Unloads the running version of a plugin that {@code newJar} upgrades, after checking that the
     * host can run the new one, and deletes the old jar; answers whether the operator had stopped it.
     */
    private boolean unloadForUpgrade(String id, Path newJar) {
        PluginWrapper old = manager.getPlugin(id);
        String oldVersion = old.getDescriptor().getVersion();
        Path oldJar = old.getPluginPath();
        String requires = JarManifest.attribute(newJar, "Plugin-Requires");
        if (requires != null && !requires.isBlank() && !manager.getVersionManager().checkVersionConstraint(apiVersion, requires)) {
            throw new ConflictException("incompatible_plugin", "version " + JarManifest.version(newJar) + " of " + id
                    + " requires plugin-api " + requires + " but this host provides " + apiVersion + "; version "
                    + oldVersion + " keeps running");
        }
        boolean stopped = stoppedByOperator(id);
        unload(id, false);
        try {
            Files.deleteIfExists(oldJar);
        } catch (IOException e) {
            LOG.warn("plugin {}: cannot delete the jar of version {} ({}): {}", id, oldVersion, oldJar, e.toString());
        }
        LOG.info("plugin {} {} unloaded for an upgrade to {}", id, oldVersion, JarManifest.version(newJar));
        return stopped;
    }

    public synchronized PluginStatus start(String id) {
        requireLoaded(id);
        db.write(h -> h.execute("DELETE FROM plugin_state WHERE plugin_id = ?", id));
        if (!failures.containsKey(id) || manager.getPlugin(id).getPluginState() != PluginState.STARTED) {
            failures.remove(id);
            startQuietly(id);
        }
        refresh();
        return status(id);
    }

    /** Stops a plugin now: from this moment its routes answer 404 and its extensions are not called. */
    public synchronized PluginStatus stop(String id) {
        requireLoaded(id);
        db.write(h -> h.execute("""
                INSERT INTO plugin_state (plugin_id, stopped) VALUES (?, 1)
                ON CONFLICT (plugin_id) DO UPDATE SET stopped = 1""", id));
        // leave the caches first, so no new call reaches the plugin while it stops
        started = without(started, id);
        extensions.drop(id);
        notifyListeners();
        manager.stopPlugin(id);
        refresh();
        return status(id);
    }

    /**
     * Stops, unloads and deletes a plugin; installing it again later starts it afresh. A jar that
     * never loaded (refused as incompatible, or broken) is deleted and its failure forgotten.
     */
    public synchronized void uninstall(String id) {
        if (manager.getPlugin(id) == null && failures.containsKey(id)) {
            Path jar = pluginsDir.resolve(id.endsWith(".jar") ? id : id + ".jar");
            try {
                Files.deleteIfExists(jar);
            } catch (IOException e) {
                throw new IllegalStateException("cannot delete " + jar, e);
            }
            failures.remove(id);
            refresh();
            return;
        }
        requireLoaded(id);
        unload(id, true);
        db.write(h -> h.execute("DELETE FROM plugin_state WHERE plugin_id = ?", id));
        refresh();
    }

    /**
     * Takes the plugin out of every host cache, stops and unloads it (deleting its jar if asked),
     * clears what libraries cached of its classes and tells the {@link #onUnload} listeners.
     */
    private void unload(String id, boolean deleteJar) {
        // leave the caches first, so no new call reaches the plugin while it stops
        started = without(started, id);
        extensions.drop(id);
        notifyListeners();
        PluginWrapper wrapper = manager.getPlugin(id);
        Path jar = wrapper.getPluginPath();
        ClassLoader loader = wrapper.getPluginClassLoader();
        // PF4J's deletePlugin gives up, leaving the plugin loaded, when the plugin's stop() throws
        boolean deleted = deleteJar && manager.deletePlugin(id);
        if (manager.getPlugin(id) != null && !manager.unloadPlugin(id)) {
            LOG.error("plugin {} could not be unloaded", id);
        }
        if (deleteJar && !deleted) {
            try {
                Files.deleteIfExists(jar);
            } catch (IOException e) {
                LOG.warn("plugin {} was unloaded but its file {} could not be deleted: {}", id, jar, e.toString());
            }
        }
        failures.remove(id);
        LibraryCaches.forget(loader);
        for (Consumer<String> listener : unloadListeners) {
            try {
                listener.accept(id);
            } catch (RuntimeException e) {
                LOG.error("plugin unload listener failed for {}", id, e);
            }
        }
    }

    public List<PluginStatus> statuses() {
        List<PluginStatus> result = new ArrayList<>();
        for (PluginWrapper w : manager.getPlugins()) {
            result.add(status(w.getPluginId()));
        }
        for (Map.Entry<String, String> f : failures.entrySet()) {
            if (manager.getPlugin(f.getKey()) == null) {
                result.add(new PluginStatus(f.getKey(), null, "failed", f.getValue(), null, null, null));
            }
        }
        result.sort(Comparator.comparing(PluginStatus::id));
        return result;
    }

    public PluginStatus status(String id) {
        PluginWrapper w = manager.getPlugin(id);
        if (w == null) {
            String error = failures.get(id);
            if (error == null) {
                throw new NotFoundException("plugin");
            }
            return new PluginStatus(id, null, "failed", error, null, null, null);
        }
        String error = failures.get(id);
        String state = error != null ? "failed" : w.getPluginState() == PluginState.STARTED ? "started" : "stopped";
        String pending = Files.exists(upgradesDir.resolve(id + ".jar")) ? JarManifest.version(upgradesDir.resolve(id + ".jar")) : null;
        return new PluginStatus(id, w.getDescriptor().getVersion(), state, error, w.getDescriptor().getPluginDescription(),
                w.getDescriptor().getRequires(), pending);
    }

    /** The settings a plugin declares, or the empty schema when it is not started. */
    public SettingsSchema settingsSchema(String id) {
        PluginWrapper w = manager.getPlugin(id);
        if (w == null || w.getPluginState() != PluginState.STARTED || !(w.getPlugin() instanceof AtelierPlugin p)) {
            return SettingsSchema.EMPTY;
        }
        return invoker.call(id, "settingsSchema", p::settingsSchema);
    }

    /** Extensions of {@code type} contributed by a started plugin, created once and cached. */
    public <T> List<T> extensionsOf(String pluginId, Class<T> type) {
        if (!started.contains(pluginId)) {
            return List.of();
        }
        return extensions.get(pluginId, type, () -> invoker.call(pluginId, "create " + type.getSimpleName(),
                () -> manager.getExtensions(type, pluginId)));
    }

    @Override
    public synchronized void close() {
        started = Set.of();
        extensions.clear();
        // not manager.stopPlugins(): PF4J 3.15 iterates its started list while each stop removes
        // from it, so with any started plugin it throws ConcurrentModificationException
        List<String> running = new ArrayList<>(manager.getStartedPlugins().stream().map(PluginWrapper::getPluginId).toList());
        java.util.Collections.reverse(running);
        for (String id : running) {
            try {
                manager.stopPlugin(id);
            } catch (RuntimeException e) {
                LOG.warn("plugin {} did not stop cleanly: {}", id, e.toString());
            }
        }
        manager.unloadPlugins();
    }

    private boolean loadQuietly(Path jar) {
        String id = null;
        try {
            id = descriptorId(jar);
            String requires = JarManifest.attribute(jar, "Plugin-Requires");
            if (requires != null && !requires.isBlank() && !manager.getVersionManager().checkVersionConstraint(apiVersion, requires)) {
                failures.put(id, "requires plugin-api " + requires + " but this host provides " + apiVersion);
                LOG.error("plugin {} refused: requires plugin-api {} but this host provides {}", id, requires, apiVersion);
                return false;
            }
            manager.loadPlugin(jar);
            return true;
        } catch (RuntimeException e) {
            String key = id != null ? id : jar.getFileName().toString();
            failures.put(key, "cannot load: " + e.getMessage());
            LOG.error("plugin {} failed to load: {}", key, e.toString());
            return false;
        }
    }

    private void startQuietly(String id) {
        PluginWrapper w = manager.getPlugin(id);
        try {
            try {
                invoker.run(id, "migrate", () -> db.migrate(id, "classpath:db/" + id, w.getPluginClassLoader()));
            } finally {
                LibraryCaches.forgetFlywayConfiguration();
            }
            PluginState state = manager.startPlugin(id);
            if (state != PluginState.STARTED) {
                Throwable cause = w.getFailedException();
                failures.put(id, "did not start" + (cause == null ? "" : ": " + cause.getMessage()));
            }
        } catch (RuntimeException e) {
            failures.put(id, "did not start: " + rootMessage(e));
            LOG.error("plugin {} did not start: {}", id, e.toString());
        }
    }

    private void refresh() {
        Set<String> now = new java.util.HashSet<>();
        for (PluginWrapper w : manager.getStartedPlugins()) {
            if (!failures.containsKey(w.getPluginId())) {
                now.add(w.getPluginId());
            }
        }
        for (String id : started) {
            if (!now.contains(id)) {
                extensions.drop(id);
            }
        }
        started = Set.copyOf(now);
        notifyListeners();
    }

    private void notifyListeners() {
        for (Runnable listener : lifecycleListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.error("plugin lifecycle listener failed", e);
            }
        }
    }

    private void applyPendingUpgrades() {
        if (!Files.isDirectory(upgradesDir)) {
            return;
        }
        try (var pending = Files.list(upgradesDir)) {
            for (Path upgrade : pending.filter(p -> p.toString().endsWith(".jar")).toList()) {
                String id = descriptorId(upgrade);
                try (var jars = Files.list(pluginsDir)) {
                    for (Path old : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                        if (id.equals(JarManifest.attribute(old, "Plugin-Id"))) {
                            Files.delete(old);
                        }
                    }
                }
                Files.move(upgrade, pluginsDir.resolve(id + ".jar"), StandardCopyOption.REPLACE_EXISTING);
                LOG.info("plugin {} upgraded to {}", id, JarManifest.version(pluginsDir.resolve(id + ".jar")));
            }
        } catch (IOException e) {
            LOG.error("cannot apply pending plugin upgrades", e);
        }
    }

    private boolean stoppedByOperator(String id) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM plugin_state WHERE plugin_id = :id AND stopped = 1")
                .bind("id", id).mapTo(Integer.class).one()) > 0;
    }

    private void requireLoaded(String id) {
        if (manager.getPlugin(id) == null) {
            throw new NotFoundException("plugin");
        }
    }

    private String descriptorId(Path jar) {
        String id = JarManifest.attribute(jar, "Plugin-Id");
        if (id == null) {
            throw InvalidInputException.of("file", "is not a plugin jar: its manifest has no Plugin-Id");
        }
        if (!PLUGIN_ID.matcher(id).matches()) {
            throw InvalidInputException.of("file", "Plugin-Id must be 2-40 lower-case letters, digits or dashes");
        }
        if (RESERVED_IDS.contains(id)) {
            throw new ConflictException("reserved_plugin_id", "plugin id " + id + " is reserved by the host");
        }
        return id;
    }

    private static Set<String> without(Set<String> set, String id) {
        Set<String> copy = new java.util.HashSet<>(set);
        copy.remove(id);
        return Set.copyOf(copy);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
