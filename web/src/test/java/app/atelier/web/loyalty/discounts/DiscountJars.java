package app.atelier.web.loyalty.discounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The feature plugin jars as built under plugins/&lt;id&gt;/target, copied into a test server's plugins folder. */
final class DiscountJars {
    private DiscountJars() {
    }

    /** plugins/&lt;id&gt;/target/atelier-plugin-&lt;id&gt;.jar. */
    static Path built(String pluginId) {
        Path root = Path.of(System.getProperty("atelier.featurePluginsDir", "../plugins"));
        return root.resolve(pluginId).resolve("target").resolve("atelier-plugin-" + pluginId + ".jar");
    }

    /** Copies the jar into {@code pluginsDir}; fails when it was not built. */
    static void copy(Path pluginsDir, String pluginId) {
        Path jar = built(pluginId);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: mvn -o package -pl plugins/" + pluginId + " -DskipTests");
        }
        try {
            Files.createDirectories(pluginsDir);
            Files.copy(jar, pluginsDir.resolve(pluginId + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
