package app.atelier.web.pluginhost;

import app.atelier.web.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** The proof plugin jar as built, and copies of it with a changed manifest. */
final class ProofJars {
    private ProofJars() {
    }

    /** Copies the built proof plugin jar into {@code pluginsDir} (as {@code proof.jar}). */
    static Path copyProof(Path pluginsDir) {
        try {
            Files.createDirectories(pluginsDir);
            return Files.copy(TestServer.proofPluginJar(), pluginsDir.resolve("proof.jar"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a copy of the proof jar to {@code target} with the given manifest attributes replaced.
     * When the Plugin-Id changes, the migration folder {@code db/proof/} moves to {@code db/<new id>/}
     * so that the copy ships its own migrations as a real plugin of that id would.
     */
    static Path variant(Path target, Map<String, String> manifestChanges) {
        String newId = manifestChanges.getOrDefault("Plugin-Id", "proof");
        try {
            Files.createDirectories(target.getParent());
            try (InputStream raw = Files.newInputStream(TestServer.proofPluginJar());
                 JarInputStream in = new JarInputStream(raw)) {
                Manifest manifest = new Manifest(in.getManifest());
                Attributes main = manifest.getMainAttributes();
                manifestChanges.forEach((k, v) -> main.put(new Attributes.Name(k), v));
                try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out, manifest)) {
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
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
