package app.atelier.plugins.bonus.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.Widget;
import app.atelier.api.web.WidgetContext;
import app.atelier.api.web.WidgetProvider;
import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.clients.ClientBonus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * The client card's and the client cabinet's bonus block: balance, tier, what is left to the next
 * tier and the nearest expiry. Absent fields are left out (a widget's data holds no nulls).
 */
@Extension
public final class BonusWidget implements WidgetProvider {
    private final PluginContext context;

    public BonusWidget(PluginContext context) {
        this.context = context;
    }

    @Override
    public Optional<Widget> widget(WidgetContext ctx) {
        if (!"client_card".equals(ctx.place()) && !"client_cabinet".equals(ctx.place())) {
            return Optional.empty();
        }
        if (context.salonData().client(ctx.salon().id(), ctx.subjectId()).isEmpty()) {
            return Optional.empty();
        }
        ClientBonus.Summary s = new ClientBonus(context).of(ctx.salon(), ctx.subjectId());
        Texts texts = Texts.of(context, ctx.salon(), ctx.locale());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("balance", s.balance());
        data.put("balanceText", texts.amount(s.balance()));
        if (s.tier() != null) {
            data.put("tier", s.tier().name());
            data.put("tierAccrualBasisPoints", s.tier().accrualBasisPoints());
        }
        if (s.next() != null) {
            data.put("nextTier", s.next().name());
            data.put("toNextTier", s.next().minSpent() - s.spent());
        }
        if (!s.expiring().isEmpty()) {
            data.put("nextExpiryAmount", s.expiring().get(0).remaining());
            data.put("nextExpiryAt", s.expiring().get(0).expiresAt().toString());
        }
        Widget widget = new Widget(context.pluginId(), texts.widgetTitle(), data)
                .withLine(texts.widgetLabel("balance"), texts.amount(s.balance()));
        if (s.tier() != null) {
            widget = widget.withLine(texts.widgetLabel("tier"), s.tier().name() + " · " + Texts.percent(s.tier().accrualBasisPoints()) + " %");
        }
        if (s.next() != null) {
            widget = widget.withLine(texts.widgetLabel("toNext", s.next().name()), texts.amount(s.next().minSpent() - s.spent()));
        }
        if (!s.expiring().isEmpty()) {
            var lot = s.expiring().get(0);
            widget = widget.withLine(texts.widgetLabel("expires"), texts.amount(lot.remaining()) + " · "
                    + java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                            .withLocale(ctx.locale()).format(lot.expiresAt().atZone(ctx.salon().zone())));
        }
        return Optional.of(widget);
    }
}
