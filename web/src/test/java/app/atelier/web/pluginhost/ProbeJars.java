package app.atelier.web.pluginhost;

import app.atelier.web.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The proof plugin jar with the probe extensions of package {@code app.atelier.web.pluginhost.probe}
 * added: their compiled classes are copied from the test classes folder (without loading them
 * here) and named in the jar's extension index.
 */
final class ProbeJars {
    private static final String PROBE_PACKAGE = "app/atelier/web/pluginhost/probe/";
    private static final String EXTENSION_INDEX = "META-INF/extensions.idx";
    private static final List<String> EXTENSIONS = List.of("app.atelier.web.pluginhost.probe.ProbeWeb");

    private ProbeJars() {
    }

    /** Writes the proof plugin plus the probe extensions to {@code target}. */
    static Path proofWithProbe(Path target) {
        return proofWithProbe(target, Map.of());
    }

    /** Writes the proof plugin plus the probe extensions to {@code target}, with these manifest attributes replaced. */
    static Path proofWithProbe(Path target, Map<String, String> manifestChanges) {
        try {
            Files.createDirectories(target.getParent());
            try (InputStream raw = Files.newInputStream(TestServer.proofPluginJar());
                 JarInputStream in = new JarInputStream(raw)) {
                Manifest manifest = new Manifest(in.getManifest());
                manifestChanges.forEach((k, v) -> manifest.getMainAttributes().put(new Attributes.Name(k), v));
                write(in, manifest, target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JarInputStream in, Manifest manifest, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            boolean indexed = false;
            JarEntry entry;
            while ((entry = in.getNextJarEntry()) != null) {
                jar.putNextEntry(new JarEntry(entry.getName()));
                if (entry.getName().equals(EXTENSION_INDEX)) {
                    String index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    jar.write((index.isEmpty() || index.endsWith("\n") ? index : index + "\n").getBytes(StandardCharsets.UTF_8));
                    jar.write((String.join("\n", EXTENSIONS) + "\n").getBytes(StandardCharsets.UTF_8));
                    indexed = true;
                } else {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
            if (!indexed) {
                throw new IllegalStateException("the proof plugin jar has no " + EXTENSION_INDEX);
            }
            for (Path classFile : probeClassFiles()) {
                jar.putNextEntry(new JarEntry(PROBE_PACKAGE + classFile.getFileName()));
                Files.copy(classFile, jar);
                jar.closeEntry();
            }
        }
    }

    private static List<Path> probeClassFiles() throws IOException {
        URL folder = ProbeJars.class.getClassLoader().getResource(PROBE_PACKAGE);
        if (folder == null || !folder.getProtocol().equals("file")) {
            throw new IllegalStateException("compiled probe classes not found as a folder: " + folder);
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<Path> classes = new ArrayList<>(files.filter(f -> f.toString().endsWith(".class")).sorted().toList());
            if (classes.isEmpty()) {
                throw new IllegalStateException("no probe classes in " + folder);
            }
            return classes;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
