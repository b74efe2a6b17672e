package app.atelier.web.loyalty.referral;

import app.atelier.web.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** The feature plugin jars as Maven built them, copied into a test server's plugins folder. */
final class ReferralJars {
    private ReferralJars() {
    }

    /** {@code plugins/<id>/target/atelier-plugin-<id>.jar} of the repository. */
    static Path built(String pluginId) {
        Path dir = Path.of(System.getProperty("atelier.featurePluginsDir", "../plugins"));
        return dir.resolve(pluginId).resolve("target").resolve("atelier-plugin-" + pluginId + ".jar");
    }

    /** Copies the built jars of these plugins into {@code pluginsDir}; fails clearly when one was not built. */
    static void install(Path pluginsDir, String... pluginIds) {
        app.atelier.web.testing.PluginJars.install(pluginsDir, pluginIds);
    }

    /**
     * The proof plugin under another id, so that it sorts after {@code referral} and its checkout
     * participant (which can be told to fail) runs after ours: a failure then has to undo writes
     * the referral plugin already made in the same transaction. Its migrations move to
     * {@code db/<id>/} as a real plugin of that id would ship them.
     */
    static void installProofAs(Path pluginsDir, String newId) {
        app.atelier.web.testing.PluginJars.installProofAs(pluginsDir, newId);
    }
}
