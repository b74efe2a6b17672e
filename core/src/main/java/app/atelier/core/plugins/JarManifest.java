package app.atelier.core.plugins;

import app.atelier.core.common.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;

/** What an uploaded or installed jar's manifest says, read before PF4J is asked to load it. */
final class JarManifest {
    private JarManifest() {
    }

    static String version(Path jar) {
        return attribute(jar, "Plugin-Version");
    }

    /** A main attribute, or null; a file that is not a readable jar is a field error on the upload. */
    static String attribute(Path jar, String attribute) {
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            return manifest == null ? null : manifest.getMainAttributes().getValue(attribute);
        } catch (IOException e) {
            throw InvalidInputException.of("file", "is not a readable jar file");
        }
    }
}
