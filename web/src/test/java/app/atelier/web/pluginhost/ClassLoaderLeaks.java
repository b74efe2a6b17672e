package app.atelier.web.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import app.atelier.api.pricing.PricingStep;
import app.atelier.web.testing.TestServer;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Weak references to plugin classloaders, and collecting garbage until they clear. */
final class ClassLoaderLeaks {
    static final int MAX_GC_ROUNDS = 50;

    private ClassLoaderLeaks() {
    }

    /**
     * A weak reference to the classloader of the running proof plugin, taken from one of its
     * extensions; no strong reference escapes this method.
     */
    static WeakReference<ClassLoader> proofLoader(TestServer server) {
        List<PricingStep> steps = server.core().plugins().extensionsOf("proof", PricingStep.class);
        assertEquals(1, steps.size(), "the proof plugin runs");
        ClassLoader loader = steps.get(0).getClass().getClassLoader();
        assertNotSame(PricingStep.class.getClassLoader(), loader, "the extension comes from the plugin's own loader");
        return new WeakReference<>(loader);
    }

    /**
     * Runs full collections, with some allocation in between, until every reference is cleared or
     * {@value #MAX_GC_ROUNDS} rounds have passed; returns the rounds it took.
     */
    static int collect(List<WeakReference<ClassLoader>> refs) {
        for (int round = 0; round < MAX_GC_ROUNDS; round++) {
            if (refs.stream().allMatch(r -> r.refersTo(null))) {
                return round;
            }
            System.gc();
            byte[][] garbage = new byte[32][];
            for (int i = 0; i < garbage.length; i++) {
                garbage[i] = new byte[256 * 1024];
            }
            Reference.reachabilityFence(garbage);
        }
        return MAX_GC_ROUNDS;
    }

    /** The indexes of the references that still refer to a loader. */
    static List<Integer> alive(List<WeakReference<ClassLoader>> refs) {
        List<Integer> alive = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            if (!refs.get(i).refersTo(null)) {
                alive.add(i);
            }
        }
        if (!alive.isEmpty()) {
            heapDumpForDiagnosis();
        }
        return alive;
    }

    /**
     * With the environment variable {@code ATELIER_LEAK_HEAP_DUMP} set to a file name, writes a heap
     * dump there (live objects only) to find what still holds a plugin classloader: the holder is on
     * the path from a GC root to an {@code AtelierPluginManager$HostFirstClassLoader} instance.
     */
    private static void heapDumpForDiagnosis() {
        String file = System.getenv("ATELIER_LEAK_HEAP_DUMP");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(file));
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file, true);
            System.out.println("heap dump written to " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
