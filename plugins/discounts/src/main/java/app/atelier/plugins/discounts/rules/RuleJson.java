package app.atelier.plugins.discounts.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rule as the API returns it: the same shape {@link RuleParser} reads, plus the id; unset conditions left out. */
public final class RuleJson {
    private RuleJson() {
    }

    public static Map<String, Object> of(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("kind", r.kind().key());
        if (r.value() != null) {
            m.put("value", r.value());
        }
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("type", r.target().type().key());
        if (!r.target().ids().isEmpty()) {
            target.put("ids", r.target().ids());
        }
        if (!r.target().categories().isEmpty()) {
            target.put("categories", r.target().categories());
        }
        m.put("target", target);
        m.put("combines", r.combines());
        m.put("active", r.active());
        m.put("conditions", conditions(r.conditions()));
        return m;
    }

    private static Map<String, Object> conditions(Conditions c) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (c.validFrom() != null) {
            m.put("validFrom", c.validFrom().toString());
        }
        if (c.validTo() != null) {
            m.put("validTo", c.validTo().toString());
        }
        if (!c.weekdays().isEmpty()) {
            m.put("weekdays", c.weekdays().stream().map(d -> d.name().toLowerCase(java.util.Locale.ROOT)).toList());
        }
        if (c.hours() != null) {
            m.put("hours", Map.of("from", c.hours().from().toString(), "to", c.hours().to().toString()));
        }
        if (!c.clientTags().isEmpty()) {
            m.put("clientTags", c.clientTags());
        }
        if (c.tiered()) {
            m.put("spendTiers", tiers(c.spendTiers()));
        }
        if (c.tierResetDays() != null) {
            m.put("tierResetDays", c.tierResetDays());
        }
        if (c.firstVisitOnly()) {
            m.put("firstVisitOnly", true);
        }
        if (c.birthday() != null) {
            m.put("birthday", Map.of("daysBefore", c.birthday().daysBefore(), "daysAfter", c.birthday().daysAfter()));
        }
        if (!c.channels().isEmpty()) {
            m.put("channels", c.channels());
        }
        if (c.minBill() != null) {
            m.put("minBill", c.minBill());
        }
        return m;
    }

    /** Tiers as {@code [{minSpent, value}]}. */
    public static List<Map<String, Object>> tiers(List<SpendTier> tiers) {
        return tiers.stream().map(RuleJson::tier).toList();
    }

    public static Map<String, Object> tier(SpendTier t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("minSpent", t.minSpent());
        m.put("value", t.value());
        return m;
    }
}
