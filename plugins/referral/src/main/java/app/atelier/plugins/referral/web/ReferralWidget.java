package app.atelier.plugins.referral.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.Widget;
import app.atelier.api.web.WidgetContext;
import app.atelier.api.web.WidgetProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.pf4j.Extension;

/**
 * The client's promo code and whom it brought, on the client card (full names) and in the client
 * cabinet (first names only: the cabinet is the client's own page, their friends' surnames are not
 * theirs to see).
 */
@Extension
public final class ReferralWidget implements WidgetProvider {
    private final PluginContext context;
    private final ClientReferrals clients;

    public ReferralWidget(PluginContext context) {
        this.context = context;
        this.clients = new ClientReferrals(context);
    }

    @Override
    public Optional<Widget> widget(WidgetContext ctx) {
        boolean card = "client_card".equals(ctx.place());
        if (!card && !"client_cabinet".equals(ctx.place())) {
            return Optional.empty();
        }
        return clients.of(ctx.salon().id(), ctx.subjectId()).map(all -> {
            List<Map<String, Object>> brought = new ArrayList<>();
            for (Object o : (List<?>) all.get("brought")) {
                Map<?, ?> one = (Map<?, ?>) o;
                Map<String, Object> shown = new LinkedHashMap<>();
                String name = one.get("name") == null ? "" : one.get("name").toString();
                shown.put("name", card ? name : name.split(" ")[0]);
                shown.put("firstVisitPaid", one.get("firstVisitPaid"));
                brought.add(shown);
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("code", all.get("code"));
            data.put("broughtCount", brought.size());
            data.put("brought", brought);
            if (card) {
                Object by = all.get("referredBy");
                data.put("referredBy", by == null ? "" : String.valueOf(((Map<?, ?>) by).get("name")));
            }
            ResourceBundle words = context.messages(ctx.locale());
            List<Widget.Line> lines = new ArrayList<>();
            lines.add(new Widget.Line(words.getString("widget.code"), String.valueOf(data.get("code"))));
            lines.add(new Widget.Line(words.getString("widget.brought"), brought.isEmpty() ? "0"
                    : brought.size() + " · " + String.join(", ", brought.stream().map(b -> String.valueOf(b.get("name"))).toList())));
            if (card && !String.valueOf(data.get("referredBy")).isEmpty()) {
                lines.add(new Widget.Line(words.getString("widget.referredBy"), String.valueOf(data.get("referredBy"))));
            }
            return new Widget("referral", words.getString("widget.title"), data, lines);
        });
    }
}
