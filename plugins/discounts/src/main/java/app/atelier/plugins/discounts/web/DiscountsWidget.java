package app.atelier.plugins.discounts.web;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientStats;
import app.atelier.api.web.Widget;
import app.atelier.plugins.discounts.admin.PanelTexts;
import app.atelier.api.web.WidgetContext;
import app.atelier.api.web.WidgetProvider;
import app.atelier.plugins.discounts.personal.PersonalStore;
import app.atelier.plugins.discounts.pricing.SpendStanding;
import app.atelier.plugins.discounts.rules.Rule;
import app.atelier.plugins.discounts.rules.RuleJson;
import app.atelier.plugins.discounts.rules.RuleStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * The client card's discounts block: the personal discount, and for every active spend-tier rule the
 * tier the client stands on today and how much is left to the next one.
 * Data: {@code {"personalDiscount": {…}, "spendTiers": [{"ruleId", "rule", "kind", "spend", "reset",
 * "tier": {minSpent, value}, "nextTier": {…}, "leftToNext"}]}} (keys without a value are left out).
 */
@Extension
public final class DiscountsWidget implements WidgetProvider {
    private final PluginContext context;

    public DiscountsWidget(PluginContext context) {
        this.context = context;
    }

    @Override
    public Optional<Widget> widget(WidgetContext wc) {
        if (!"client_card".equals(wc.place())) {
            return Optional.empty();
        }
        long salonId = wc.salon().id();
        long clientId = wc.subjectId();
        Map<String, Object> data = Http.map();
        PanelTexts texts = PanelTexts.of(context, wc.salon(), wc.locale());
        List<Widget.Line> lines = new ArrayList<>();
        new PersonalStore(context.database()).find(salonId, clientId).ifPresent(p -> {
            data.put("personalDiscount", PersonalRoutes.json(p));
            lines.add(new Widget.Line(texts.t("widget.personal"), texts.percent(p.percent())
                    + (p.reason() == null || p.reason().isBlank() ? "" : " · " + p.reason())));
        });
        List<Rule> tiered = new RuleStore(context.database()).list(salonId).stream()
                .filter(r -> r.active() && r.conditions().tiered()).toList();
        if (!tiered.isEmpty()) {
            ClientStats stats = context.salonData().clientStats(salonId, clientId);
            LocalDate today = context.clock().instant().atZone(wc.salon().zone()).toLocalDate();
            List<Map<String, Object>> standings = new ArrayList<>();
            for (Rule r : tiered) {
                SpendStanding s = SpendStanding.of(r.conditions().spendTiers(), r.conditions().tierResetDays(), stats.totalPaid(),
                        stats.lastVisit(), today, wc.salon().zone());
                Map<String, Object> m = Http.map("ruleId", r.id(), "rule", r.name(), "kind", r.kind().key(),
                        "spend", s.spend(), "reset", s.reset());
                if (s.reached() != null) {
                    m.put("tier", RuleJson.tier(s.reached()));
                }
                if (s.next() != null) {
                    m.put("nextTier", RuleJson.tier(s.next()));
                    m.put("leftToNext", s.next().minSpent() - s.spend());
                }
                String reached = s.reached() == null ? texts.t("widget.noTier")
                        : r.kind().key().equals("percent") ? texts.percent(s.reached().value()) : texts.money(s.reached().value());
                lines.add(new Widget.Line(r.name(), s.next() == null ? reached
                        : reached + " · " + texts.t("widget.toNext", texts.money(s.next().minSpent() - s.spend()))));
                standings.add(m);
            }
            data.put("spendTiers", standings);
        }
        return data.isEmpty() ? Optional.empty() : Optional.of(new Widget("discounts", texts.t("widget.title"), data, lines));
    }
}
