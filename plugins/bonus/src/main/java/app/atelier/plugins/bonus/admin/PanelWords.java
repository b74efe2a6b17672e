package app.atelier.plugins.bonus.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.web.Fields;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The panel pages' words in the signed-in user's language ({@code admin.*} keys of the plugin's
 * bundle), amounts in the salon's currency, and the program's problems worded for a form: limits
 * in major units and percents, where the API speaks minor units and basis points.
 */
final class PanelWords {
    /** How a field's values read: limits of a money field are shown in major units, of a percent field as a percent. */
    enum Unit { PLAIN, MONEY, PERCENT }

    private static final Set<String> DESK = Set.of("owner", "admin");

    private final Texts texts;
    private final ResourceBundle bundle;
    private final Locale locale;

    PanelWords(PluginContext context, PluginRequest req) {
        this.texts = Texts.of(context, req.salon(), req.locale());
        this.bundle = texts.bundle();
        this.locale = req.locale();
    }

    Texts texts() {
        return texts;
    }

    Locale locale() {
        return locale;
    }

    /** {@code admin.<key>} with its values filled in. */
    String get(String key, Object... args) {
        return String.format(locale, bundle.getString("admin." + key), args);
    }

    /** Every {@code admin.*} text under its key without the prefix, for templates ({@code {{ t.title }}}). */
    Map<String, String> all() {
        Map<String, String> t = new HashMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("admin.")) {
                t.put(key.substring("admin.".length()), bundle.getString(key));
            }
        }
        return t;
    }

    /**
     * Lets owners and administrators through; for anyone else answers 403 with a short page
     * fragment (the panel frames it) and returns false. Masters see the panel, not these pages.
     */
    boolean desk(Context ctx, PluginRequest req) {
        return allow(ctx, DESK.contains(req.role()));
    }

    /** As {@link #desk}, for the owner alone (granting points, as the API allows). */
    boolean owner(Context ctx, PluginRequest req) {
        return allow(ctx, "owner".equals(req.role()));
    }

    private boolean allow(Context ctx, boolean allowed) {
        if (!allowed) {
            ctx.status(403).html("<h1>" + get("forbiddenTitle") + "</h1><p class=\"error\" role=\"alert\">" + get("forbidden") + "</p>");
        }
        return allowed;
    }

    /** One field's problems in one line, e.g. "Enter an amount from 0.00 to 1000000000.00". */
    String problems(List<Fields.Problem> problems, Unit unit) {
        List<String> lines = new ArrayList<>();
        for (Fields.Problem p : problems) {
            String key = "problem." + p.code();
            List<Object> args = p.args();
            if ("range".equals(p.code()) && unit != Unit.PLAIN) {
                key = unit == Unit.MONEY ? "problem.rangeMoney" : "problem.rangePercent";
                args = args.stream().map(a -> (Object) (unit == Unit.MONEY ? texts.money(((Number) a).longValue())
                        : Texts.percent(((Number) a).longValue()))).toList();
            }
            lines.add(String.format(locale, bundle.getString(key), args.toArray()));
        }
        return String.join("; ", lines);
    }
}
