package app.atelier.core.plugins;

import app.atelier.api.AtelierPlugin;
import app.atelier.api.PluginContext;
import java.util.function.Function;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;

/** Creates a plugin's main class with its {@link PluginContext}: plugins never see the PluginManager. */
final class HostPluginFactory implements PluginFactory {
    private final Function<String, PluginContext> contexts;

    HostPluginFactory(Function<String, PluginContext> contexts) {
        this.contexts = contexts;
    }

    @Override
    public Plugin create(PluginWrapper wrapper) {
        String className = wrapper.getDescriptor().getPluginClass();
        try {
            Class<?> type = wrapper.getPluginClassLoader().loadClass(className);
            if (!AtelierPlugin.class.isAssignableFrom(type)) {
                throw new PluginRuntimeException("Plugin-Class {} must extend {}", className, AtelierPlugin.class.getName());
            }
            return (Plugin) type.getConstructor(PluginContext.class).newInstance(contexts.apply(wrapper.getPluginId()));
        } catch (ReflectiveOperationException e) {
            throw new PluginRuntimeException(e, "cannot create plugin {} ({}): it needs a public constructor taking PluginContext",
                    wrapper.getPluginId(), className);
        }
    }
}
