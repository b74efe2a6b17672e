package app.atelier.web.admin;

import app.atelier.api.Salon;
import app.atelier.api.web.Widget;
import app.atelier.api.web.WidgetContext;
import app.atelier.api.web.WidgetProvider;
import app.atelier.core.AtelierCore;
import app.atelier.core.plugins.ActiveExtensions;
import java.util.ArrayList;
import java.util.List;

/** The widgets active plugins place on a core page ("dashboard", "visit_card"), each call guarded. */
public final class Widgets {
    private Widgets() {
    }

    public static List<Widget> of(AtelierCore core, Salon salon, String place, long subjectId, java.util.Locale locale) {
        List<Widget> result = new ArrayList<>();
        WidgetContext context = new WidgetContext(salon, place, subjectId, locale);
        for (ActiveExtensions.Contributed<WidgetProvider> c : core.extensions().of(salon.id(), WidgetProvider.class)) {
            try {
                core.plugins().invoker().call(c.pluginId(), "widget", () -> c.extension().widget(context))
                        .ifPresent(w -> result.add(new Widget(c.pluginId(), w.title(), w.data(), w.lines())));
            } catch (RuntimeException e) {
                // a broken widget must not take the page down; the invoker logged it
            }
        }
        return result;
    }
}
