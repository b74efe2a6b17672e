package app.atelier.web.testing;

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

/** Plugin jars as Maven built them, copied into a test server's plugins folder, as production loads them. */
public final class PluginJars {
    private PluginJars() {
    }

    /** Where Maven put a feature plugin's jar: {@code plugins/<id>/target/atelier-plugin-<id>.jar} (it may not exist). */
    public static Path built(String pluginId) {
        Path dir = Path.of(System.getProperty("atelier.featurePluginsDir", "../plugins"));
        return dir.resolve(pluginId).resolve("target").resolve("atelier-plugin-" + pluginId + ".jar");
    }

    /** Copies the {@link #built} jar of each plugin as {@code <id>.jar}; fails clearly when one was not built. */
    public static void install(Path pluginsDir, String... pluginIds) {
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

    /** Copies the proof plugin jar as built ({@link TestServer#proofPluginJar()}) into the folder as {@code proof.jar}. */
    public static Path installProof(Path pluginsDir) {
        try {
            Files.createDirectories(pluginsDir);
            return Files.copy(TestServer.proofPluginJar(), pluginsDir.resolve("proof.jar"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The proof plugin under another id (its migrations moved to {@code db/<id>/} as a real plugin of
     * that id would ship them), e.g. one that sorts after a plugin under test so that its failing
     * checkout participant runs last and must undo what the other already wrote.
     */
    public static void installProofAs(Path pluginsDir, String newId) {
        proofVariant(pluginsDir.resolve(newId + ".jar"), java.util.Map.of("Plugin-Id", newId));
    }

    /**
     * Writes a copy of the proof plugin jar to {@code target} with these manifest attributes
     * replaced (e.g. {@code Plugin-Version} for an upgrade, {@code Plugin-Requires} for an
     * incompatible one); a changed {@code Plugin-Id} moves the migrations to {@code db/<id>/}.
     */
    public static Path proofVariant(Path target, java.util.Map<String, String> manifestChanges) {
        String newId = manifestChanges.getOrDefault("Plugin-Id", "proof");
        try (InputStream raw = Files.newInputStream(TestServer.proofPluginJar()); JarInputStream in = new JarInputStream(raw)) {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Manifest manifest = new Manifest(in.getManifest());
            manifestChanges.forEach((k, v) -> manifest.getMainAttributes().put(new Attributes.Name(k), v));
            try (OutputStream out = Files.newOutputStream(target);
                 JarOutputStream jar = new JarOutputStream(out, manifest)) {
                JarEntry entry;
                while ((entry = in.getNextJarEntry()) != null) {
                    String name = entry.getName();
                    if (!newId.equals("proof") && name.startsWith("db/proof/")) {
                        name = "db/" + newId + "/" + name.substring("db/proof/".length());
                    }
                    jar.putNextEntry(new JarEntry(name));
                    in.transferTo(jar);
                    jar.closeEntry();
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
