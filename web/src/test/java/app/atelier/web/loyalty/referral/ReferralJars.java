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
        try {
            Files.createDirectories(pluginsDir);
            for (String id : pluginIds) {
                Path jar = built(id);
                if (!Files.exists(jar)) {
                    throw new IllegalStateException("plugin jar missing at " + jar + ": build it with "
                            + "mvn -B -o package -pl plugins/" + id + " -DskipTests");
                }
                Files.copy(jar, pluginsDir.resolve(id + ".jar"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The proof plugin under another id, so that it sorts after {@code referral} and its checkout
     * participant (which can be told to fail) runs after ours: a failure then has to undo writes
     * the referral plugin already made in the same transaction. Its migrations move to
     * {@code db/<id>/} as a real plugin of that id would ship them.
     */
    static void installProofAs(Path pluginsDir, String newId) {
        try (InputStream raw = Files.newInputStream(TestServer.proofPluginJar()); JarInputStream in = new JarInputStream(raw)) {
            Files.createDirectories(pluginsDir);
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Plugin-Id"), newId);
            try (OutputStream out = Files.newOutputStream(pluginsDir.resolve(newId + ".jar"));
                 JarOutputStream jar = new JarOutputStream(out, manifest)) {
                JarEntry entry;
                while ((entry = in.getNextJarEntry()) != null) {
                    String name = entry.getName();
                    if (name.startsWith("db/proof/")) {
                        name = "db/" + newId + "/" + name.substring("db/proof/".length());
                    }
                    jar.putNextEntry(new JarEntry(name));
                    in.transferTo(jar);
                    jar.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
