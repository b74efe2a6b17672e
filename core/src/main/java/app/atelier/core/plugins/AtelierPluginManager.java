package app.atelier.core.plugins;

import app.atelier.api.PluginContext;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginRepository;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginRepository;

/**
 * PF4J configured for Atelier: plugins are jars in one folder, created with their context, and
 * the host's shared libraries always come from the host.
 */
final class AtelierPluginManager extends DefaultPluginManager {
    /**
     * Packages a plugin must take from the host even if it bundled a copy: sharing one copy is what
     * makes the extension types, Jackson's and Jdbi's types and the logger the same classes on both sides.
     */
    private static final List<String> HOST_PACKAGES = List.of(
            "app.atelier.api.", "org.pf4j.", "org.slf4j.", "com.fasterxml.jackson.", "io.javalin.", "org.jdbi.v3.",
            "jakarta.servlet.", "org.eclipse.jetty.", "kotlin.");

    private final Function<String, PluginContext> contexts;

    AtelierPluginManager(Path pluginsRoot, String systemVersion, Function<String, PluginContext> contexts) {
        super(List.of(pluginsRoot));
        this.contexts = contexts;
        setSystemVersion(systemVersion);
        // a plugin whose Plugin-Requires does not match is refused, not started half-compatible
        setExactVersionAllowed(false);
    }

    /** The jar files in the plugins folder. */
    List<Path> pluginJars() {
        return pluginRepository.getPluginPaths();
    }

    @Override
    protected PluginFactory createPluginFactory() {
        return new HostPluginFactory(id -> contexts.apply(id));
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        return new HostExtensionFactory(type -> {
            var wrapper = whichPlugin(type);
            return contexts.apply(wrapper.getPluginId());
        });
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new JarPluginRepository(getPluginsRoots());
    }

    @Override
    protected PluginLoader createPluginLoader() {
        PluginManager manager = this;
        return new JarPluginLoader(this) {
            @Override
            protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                return new HostFirstClassLoader(manager, descriptor, getClass().getClassLoader());
            }
        };
    }

    /** Plugin-first for the plugin's own classes and libraries, host-first for the shared ones. */
    private static final class HostFirstClassLoader extends PluginClassLoader {
        HostFirstClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
            super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
        }

        @Override
        protected boolean shouldDelegateToParent(String className) {
            for (String prefix : HOST_PACKAGES) {
                if (className.startsWith(prefix)) {
                    return true;
                }
            }
            return super.shouldDelegateToParent(className);
        }
    }
}
