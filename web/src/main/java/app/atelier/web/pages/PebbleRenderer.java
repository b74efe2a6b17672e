package app.atelier.web.pages;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;

/**
 * {@code ctx.render(template, model)} with Pebble, HTML auto-escaped. Templates load from the
 * classloader of whoever renders: the host, or — since every plugin call runs with the plugin's
 * classloader as the thread's context loader — the plugin's own jar. One engine per classloader;
 * {@link #forgetClosedLoaders()} drops those of unloaded plugins (an engine holds its loader, so a
 * weak map alone would never let go). Convention: a plugin keeps its templates under
 * {@code templates/<pluginId>/}.
 */
public final class PebbleRenderer implements FileRenderer {
    /** Context attribute with the {@link Locale} to render in (the salon's). */
    public static final String LOCALE = "atelier.locale";

    private final Map<ClassLoader, PebbleEngine> engines = new HashMap<>();

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = PebbleRenderer.class.getClassLoader();
        }
        Locale locale = ctx.attribute(LOCALE);
        StringWriter out = new StringWriter();
        try {
            engine(loader).getTemplate(template).evaluate(out, cast(model), locale == null ? Locale.ENGLISH : locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType("text/html; charset=utf-8");
        return out.toString();
    }

    private synchronized PebbleEngine engine(ClassLoader loader) {
        return engines.computeIfAbsent(loader, l -> new PebbleEngine.Builder()
                .loader(new ClasspathLoader(l))
                .autoEscaping(true)
                .strictVariables(false)
                .build());
    }

    /** Drops the engines of plugins whose classloader PF4J closed on unload. */
    public synchronized void forgetClosedLoaders() {
        engines.keySet().removeIf(l -> l instanceof org.pf4j.PluginClassLoader p && p.isClosed());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<String, ?> model) {
        return (Map<String, Object>) model;
    }
}
