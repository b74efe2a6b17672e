package app.atelier.plugins.discounts.admin;

import app.atelier.plugins.discounts.rules.Conditions;
import app.atelier.plugins.discounts.rules.DiscountKind;
import app.atelier.plugins.discounts.rules.Rule;
import app.atelier.plugins.discounts.rules.SpendTier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A rule in words for the list page, in the user's language: "−10%", "services: Haircut", "on Tue, Wed",
 * "10:00–14:00", "bill from 2 000,00 ₽". Services and products are named from the salon's catalogue,
 * read once per page.
 */
final class RuleSummary {
    private final PanelTexts t;
    private final Map<Long, String> services;
    private final Map<Long, String> products;

    RuleSummary(PanelTexts t, Map<Long, String> services, Map<Long, String> products) {
        this.t = t;
        this.services = services;
        this.products = products;
    }

    /** What the list page shows of a rule. */
    Map<String, Object> row(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("active", r.active());
        m.put("combines", r.combines());
        m.put("amount", amount(r));
        m.put("target", target(r));
        m.put("conditions", conditions(r));
        return m;
    }

    String amount(Rule r) {
        return r.value() == null ? t.t("summary.tiered") : t.t("summary.off", value(r.kind(), r.value()));
    }

    private String value(DiscountKind kind, long value) {
        return kind == DiscountKind.FIXED ? t.money(value) : t.percent(value);
    }

    String target(Rule r) {
        return switch (r.target().type()) {
            case BILL -> t.t("summary.bill");
            case SERVICES -> t.t("summary.services", names(r.target().ids(), services));
            case PRODUCTS -> t.t("summary.products", names(r.target().ids(), products));
            case CATEGORIES -> t.t("summary.categories", String.join(", ", r.target().categories()));
        };
    }

    private String names(List<Long> ids, Map<Long, String> catalogue) {
        return ids.stream().map(id -> catalogue.getOrDefault(id, t.t("summary.unknownItem", id))).collect(Collectors.joining(", "));
    }

    /** Every condition that is set, one phrase each; "always" when none is. */
    List<String> conditions(Rule r) {
        Conditions c = r.conditions();
        List<String> words = new ArrayList<>();
        if (c.validFrom() != null && c.validTo() != null) {
            words.add(t.t("summary.fromTo", t.date(c.validFrom()), t.date(c.validTo())));
        } else if (c.validFrom() != null) {
            words.add(t.t("summary.from", t.date(c.validFrom())));
        } else if (c.validTo() != null) {
            words.add(t.t("summary.to", t.date(c.validTo())));
        }
        if (!c.weekdays().isEmpty()) {
            words.add(t.t("summary.weekdays", c.weekdays().stream().map(t::weekdayShort).collect(Collectors.joining(", "))));
        }
        if (c.hours() != null) {
            words.add(t.t("summary.hours", c.hours().from(), c.hours().to()));
        }
        if (!c.channels().isEmpty()) {
            words.add(t.t("summary.channels", c.channels().stream().map(ch -> t.t("channel." + ch)).collect(Collectors.joining(", "))));
        }
        if (c.minBill() != null) {
            words.add(t.t("summary.minBill", t.money(c.minBill())));
        }
        if (!c.clientTags().isEmpty()) {
            words.add(t.t("summary.tags", String.join(", ", c.clientTags())));
        }
        if (c.firstVisitOnly()) {
            words.add(t.t("summary.firstVisit"));
        }
        if (c.birthday() != null) {
            words.add(t.t("summary.birthday", c.birthday().daysBefore(), c.birthday().daysAfter()));
        }
        for (SpendTier tier : c.spendTiers()) {
            words.add(t.t("summary.tier", t.money(tier.minSpent()), value(r.kind(), tier.value())));
        }
        if (c.tierResetDays() != null) {
            words.add(t.t("summary.reset", c.tierResetDays()));
        }
        if (words.isEmpty()) {
            words.add(t.t("summary.always"));
        }
        return words;
    }
}
