package app.atelier.core.plugins;

import app.atelier.api.Salon;
import app.atelier.api.web.Widget;
import app.atelier.api.web.WidgetContext;
import app.atelier.api.web.WidgetProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The widgets the salon's active plugins put on a page (client card, visit card, dashboard), each
 * call through the guarded invoker: a broken widget is left out and logged, the page still shows.
 */
public final class PluginWidgets {
    private final ActiveExtensions extensions;
    private final GuardedInvoker invoker;

    public PluginWidgets(ActiveExtensions extensions, GuardedInvoker invoker) {
        this.extensions = extensions;
        this.invoker = invoker;
    }

    /** The widgets for {@code place} about {@code subjectId}, written in {@code locale} (null: the salon's language). */
    public List<Widget> of(Salon salon, String place, long subjectId, Locale locale) {
        List<Widget> result = new ArrayList<>();
        WidgetContext context = new WidgetContext(salon, place, subjectId, locale);
        for (ActiveExtensions.Contributed<WidgetProvider> p : extensions.of(salon.id(), WidgetProvider.class)) {
            try {
                invoker.call(p.pluginId(), "widget", () -> p.extension().widget(context))
                        .ifPresent(w -> result.add(new Widget(p.pluginId(), w.title(), w.data(), w.lines())));
            } catch (RuntimeException e) {
                // the invoker logged it
            }
        }
        return result;
    }
}
