package app.atelier.plugins.discounts.rules;

import app.atelier.plugins.discounts.input.Fields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rule from the JSON body of {@code POST /rules} or {@code PUT /rules/{id}} (a PUT replaces
 * the whole rule), validating every field and reporting each bad one by its path.
 */
public final class RuleParser {
    static final long MAX_MONEY = 100_000_000_000L;
    static final long MAX_BASIS_POINTS = 10_000;
    private static final Set<String> TOP = Set.of("name", "kind", "value", "target", "combines", "active", "conditions");
    private static final Set<String> TARGET = Set.of("type", "ids", "categories");

    private RuleParser() {
    }

    /**
     * The rule the body describes (id 0).
     *
     * @param serviceIds the salon's services: a target naming another id is refused
     * @throws app.atelier.plugins.discounts.input.InvalidInput naming every bad field
     */
    public static Rule parse(Map<String, Object> body, Set<Long> serviceIds) {
        Fields f = new Fields();
        f.onlyKnown(body, TOP, "");
        String name = f.text(body.get("name"), "name", true, 100);
        DiscountKind kind = DiscountKind.parse(body.get("kind"));
        if (kind == null) {
            f.error("kind", "kind", "must be percent (value in basis points) or fixed (value in minor units)");
        }
        long maxValue = kind == DiscountKind.FIXED ? MAX_MONEY : MAX_BASIS_POINTS;
        Map<String, Object> condBody = f.object(body.get("conditions"), "conditions");
        boolean tiered = condBody != null && condBody.get("spendTiers") != null;
        Long value = null;
        if (tiered && body.get("value") != null) {
            f.error("value", "valueWithTiers", "leave it out when conditions.spendTiers are given: each tier carries its value");
        } else if (!tiered) {
            value = f.whole(body.get("value"), "value", true, 1, maxValue);
        }
        Target target = target(f, body.get("target"), serviceIds);
        boolean combines = f.bool(body.get("combines"), "combines", false);
        boolean active = f.bool(body.get("active"), "active", true);
        Conditions conditions = condBody == null ? Conditions.NONE : ConditionsParser.parse(f, condBody, maxValue);
        f.check();
        return new Rule(0, name, kind, value, target, conditions, combines, active);
    }

    private static Target target(Fields f, Object raw, Set<Long> serviceIds) {
        if (raw == null) {
            return Target.bill();
        }
        Map<String, Object> t = f.object(raw, "target");
        if (t == null) {
            return Target.bill();
        }
        f.onlyKnown(t, TARGET, "target.");
        Target.Type type = Target.Type.parse(t.get("type"));
        if (type == null) {
            f.error("target.type", "targetType", "must be bill, services, categories or products");
            return Target.bill();
        }
        boolean wantsIds = type == Target.Type.SERVICES || type == Target.Type.PRODUCTS;
        boolean wantsCategories = type == Target.Type.CATEGORIES;
        if (!wantsIds && t.get("ids") != null) {
            f.error("target.ids", "belongs to a services or products target only");
        }
        if (!wantsCategories && t.get("categories") != null) {
            f.error("target.categories", "belongs to a categories target only");
        }
        List<Long> ids = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        if (wantsIds) {
            List<?> raws = f.list(t.get("ids"), "target.ids", 200);
            if (raws == null && t.get("ids") == null) {
                f.error("target.ids", "chooseOne", "is required for a " + type.key() + " target");
            }
            for (int i = 0; raws != null && i < raws.size(); i++) {
                Long id = f.whole(raws.get(i), "target.ids[" + i + "]", true, 1, Long.MAX_VALUE);
                if (id != null && type == Target.Type.SERVICES && !serviceIds.contains(id)) {
                    f.error("target.ids[" + i + "]", "noSuchService", "no such service in this salon");
                } else if (id != null && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        if (wantsCategories) {
            List<?> raws = f.list(t.get("categories"), "target.categories", 50);
            if (raws == null && t.get("categories") == null) {
                f.error("target.categories", "chooseOne", "is required for a categories target");
            }
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; raws != null && i < raws.size(); i++) {
                String c = f.text(raws.get(i), "target.categories[" + i + "]", true, 100);
                if (c != null && seen.add(c.toLowerCase(java.util.Locale.ROOT))) {
                    categories.add(c);
                }
            }
        }
        return new Target(type, ids, categories);
    }
}
