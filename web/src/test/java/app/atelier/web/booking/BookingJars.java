package app.atelier.web.booking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The feature plugin jars as Maven built them, copied into a test server's plugins folder. */
final class BookingJars {
    private BookingJars() {
    }

    static Path built(String pluginId) {
        Path dir = Path.of(System.getProperty("atelier.featurePluginsDir", "../plugins"));
        return dir.resolve(pluginId).resolve("target").resolve("atelier-plugin-" + pluginId + ".jar");
    }

    /** Copies the built jars into {@code pluginsDir}; fails clearly when one was not built. */
    static void install(Path pluginsDir, String... pluginIds) {
        app.atelier.web.testing.PluginJars.install(pluginsDir, pluginIds);
    }
}
