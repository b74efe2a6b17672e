package app.atelier.core.plugins;

import app.atelier.api.PluginContext;
import java.lang.reflect.Constructor;
import java.util.function.Function;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginRuntimeException;

/**
 * Creates extensions with their plugin's {@link PluginContext} (constructor injection), or with a
 * no-argument constructor when the extension needs nothing.
 */
final class HostExtensionFactory implements ExtensionFactory {
    private final Function<Class<?>, PluginContext> contextOf;

    HostExtensionFactory(Function<Class<?>, PluginContext> contextOf) {
        this.contextOf = contextOf;
    }

    @Override
    public <T> T create(Class<T> extensionClass) {
        try {
            for (Constructor<?> c : extensionClass.getConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == PluginContext.class) {
                    return extensionClass.cast(c.newInstance(contextOf.apply(extensionClass)));
                }
            }
            return extensionClass.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new PluginRuntimeException(e, "cannot create extension {}: it needs a public constructor taking "
                    + "PluginContext, or none", extensionClass.getName());
        }
    }
}
