package app.atelier.plugins.discounts.admin;

import app.atelier.plugins.discounts.rules.Conditions;
import app.atelier.plugins.discounts.rules.DiscountKind;
import app.atelier.plugins.discounts.rules.Rule;
import app.atelier.plugins.discounts.rules.SpendTier;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rule form as a person typed it: text exactly as entered (so a refused form comes back with
 * every value kept) and ticked boxes. It turns into the JSON body of the REST API, with money in
 * minor units and percents in basis points, and the rule service validates that body: this class
 * only reads numbers out of text, it does not judge them.
 */
final class RuleForm {
    /** Single-valued fields, by their HTML name (which is also their id and the key of their error). */
    static final List<String> TEXT_FIELDS = List.of("name", "kind", "value", "target", "validFrom", "validTo", "hoursFrom",
            "hoursTo", "clientTags", "tierResetDays", "birthdayBefore", "birthdayAfter", "minBill");
    /** Boxes that are either ticked or not. */
    static final List<String> FLAGS = List.of("combines", "active", "firstVisitOnly", "birthday");
    /** Groups of boxes. */
    static final List<String> GROUPS = List.of("weekdays", "channels", "serviceIds", "productIds", "categories");
    /** Spend tier rows shown beyond the filled ones, so that a tier can be added without script. */
    private static final int SPARE_TIERS = 2;

    private final Map<String, String> text = new LinkedHashMap<>();
    private final Map<String, Boolean> flags = new LinkedHashMap<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private final List<String> tierMin = new ArrayList<>();
    private final List<String> tierValue = new ArrayList<>();

    /** A new rule: percent, whole bill, switched on, best-of. */
    static RuleForm blank() {
        RuleForm f = new RuleForm();
        f.text.put("kind", DiscountKind.PERCENT.key());
        f.text.put("target", "bill");
        f.flags.put("active", true);
        return f;
    }

    /** The form as the browser sent it. */
    static RuleForm read(Context ctx) {
        RuleForm f = new RuleForm();
        for (String name : TEXT_FIELDS) {
            String v = ctx.formParam(name);
            f.text.put(name, v == null ? "" : v);
        }
        if (f.text("target").isBlank()) {
            // a radio group sends nothing when none is ticked; the body reads that as the whole bill, and so does the form
            f.text.put("target", "bill");
        }
        for (String name : FLAGS) {
            f.flags.put(name, ctx.formParam(name) != null);
        }
        for (String name : GROUPS) {
            f.groups.put(name, List.copyOf(ctx.formParams(name)));
        }
        f.tierMin.addAll(ctx.formParams("tierMin"));
        f.tierValue.addAll(ctx.formParams("tierValue"));
        return f;
    }

    /** A stored rule, written the way a person would type it. */
    static RuleForm of(Rule r, PanelTexts t) {
        RuleForm f = new RuleForm();
        Conditions c = r.conditions();
        Function<Long, String> typed = r.kind() == DiscountKind.FIXED ? t::typedMoney : t::typedPercent;
        f.text.put("name", r.name());
        f.text.put("kind", r.kind().key());
        f.text.put("value", r.value() == null ? "" : typed.apply(r.value()));
        f.text.put("target", r.target().type().key());
        f.text.put("validFrom", c.validFrom() == null ? "" : c.validFrom().toString());
        f.text.put("validTo", c.validTo() == null ? "" : c.validTo().toString());
        f.text.put("hoursFrom", c.hours() == null ? "" : c.hours().from().toString());
        f.text.put("hoursTo", c.hours() == null ? "" : c.hours().to().toString());
        f.text.put("clientTags", String.join(", ", c.clientTags()));
        f.text.put("tierResetDays", c.tierResetDays() == null ? "" : c.tierResetDays().toString());
        f.text.put("birthdayBefore", c.birthday() == null ? "" : Integer.toString(c.birthday().daysBefore()));
        f.text.put("birthdayAfter", c.birthday() == null ? "" : Integer.toString(c.birthday().daysAfter()));
        f.text.put("minBill", c.minBill() == null ? "" : t.typedMoney(c.minBill()));
        f.flags.put("combines", r.combines());
        f.flags.put("active", r.active());
        f.flags.put("firstVisitOnly", c.firstVisitOnly());
        f.flags.put("birthday", c.birthday() != null);
        f.groups.put("weekdays", c.weekdays().stream().map(d -> Integer.toString(d.getValue())).toList());
        f.groups.put("channels", c.channels());
        List<String> ids = r.target().ids().stream().map(String::valueOf).toList();
        f.groups.put(r.target().type() == app.atelier.plugins.discounts.rules.Target.Type.PRODUCTS ? "productIds" : "serviceIds", ids);
        f.groups.put("categories", r.target().categories());
        for (SpendTier tier : c.spendTiers()) {
            f.tierMin.add(t.typedMoney(tier.minSpent()));
            f.tierValue.add(typed.apply(tier.value()));
        }
        return f;
    }

    String text(String name) {
        return text.getOrDefault(name, "");
    }

    boolean flag(String name) {
        return flags.getOrDefault(name, false);
    }

    List<String> group(String name) {
        return groups.getOrDefault(name, List.of());
    }

    /** The kind the person chose; percent while none is, so that a value can still be read. */
    DiscountKind kind() {
        DiscountKind k = DiscountKind.parse(text("kind"));
        return k == null ? DiscountKind.PERCENT : k;
    }

    int tierRows() {
        return Math.max(tierMin.size(), tierValue.size());
    }

    String tierMin(int row) {
        return row < tierMin.size() ? tierMin.get(row) : "";
    }

    String tierValue(int row) {
        return row < tierValue.size() ? tierValue.get(row) : "";
    }

    /** What the template reads: {@code form.name}, {@code form.weekdays}, {@code form.tiers[i].min} … */
    Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>(text);
        m.putAll(flags);
        for (String name : GROUPS) {
            m.put(name, group(name));
        }
        List<Map<String, Object>> tiers = new ArrayList<>();
        int rows = tierRows();
        // keep every typed row (a refused form shows what was typed), then a few empty ones
        int filled = 0;
        for (int i = 0; i < rows; i++) {
            if (!tierMin(i).isBlank() || !tierValue(i).isBlank()) {
                filled = i + 1;
            }
        }
        for (int i = 0; i < Math.max(rows, filled + SPARE_TIERS); i++) {
            tiers.add(Map.of("row", i, "min", tierMin(i), "value", tierValue(i)));
        }
        m.put("tiers", tiers);
        return m;
    }
}
