package app.atelier.plugins.discounts.admin;

import app.atelier.plugins.discounts.input.InvalidInput;
import app.atelier.plugins.discounts.input.InvalidInput.FieldError;
import app.atelier.plugins.discounts.rules.DiscountKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule service's field errors placed next to the form's fields and said in the user's language and
 * units: the service names {@code conditions.spendTiers[1].minSpent} and a range in basis points, the
 * person sees "Must be from 0.01% to 100%" under the second filled tier row. An error no field owns is
 * kept under {@link #FORM}, shown above the form.
 */
final class FormErrors {
    static final String FORM = "form";
    private static final Pattern TIER = Pattern.compile("conditions\\.spendTiers\\[(\\d+)]\\.(minSpent|value)");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static final Map<String, String> PLACES = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("kind", "kind"), Map.entry("value", "value"), Map.entry("combines", "combines"),
            Map.entry("active", "active"), Map.entry("target", "target"), Map.entry("target.type", "target"),
            Map.entry("target.categories", "categories"), Map.entry("conditions.validFrom", "validFrom"),
            Map.entry("conditions.validTo", "validTo"), Map.entry("conditions.weekdays", "weekdays"),
            Map.entry("conditions.hours", "hoursFrom"), Map.entry("conditions.hours.from", "hoursFrom"),
            Map.entry("conditions.hours.to", "hoursTo"), Map.entry("conditions.clientTags", "clientTags"),
            Map.entry("conditions.spendTiers", "tiers"), Map.entry("conditions.tierResetDays", "tierResetDays"),
            Map.entry("conditions.firstVisitOnly", "firstVisitOnly"), Map.entry("conditions.birthday", "birthday"),
            Map.entry("conditions.birthday.daysBefore", "birthdayBefore"), Map.entry("conditions.birthday.daysAfter", "birthdayAfter"),
            Map.entry("conditions.channels", "channels"), Map.entry("conditions.minBill", "minBill"));

    private FormErrors() {
    }

    /** How a field's numbers read: as they are, as money, or as percents. */
    enum Unit { PLAIN, MONEY, PERCENT }

    /**
     * Form field → message. A field whose text was not even a number keeps that message alone: what the
     * service then says about the missing value would only repeat it less helpfully.
     *
     * @param refused what the rule service refused, or null when it had nothing to say
     */
    static Map<String, String> of(RuleBody body, InvalidInput refused, RuleForm form, PanelTexts t) {
        Map<String, String> messages = new LinkedHashMap<>();
        body.unreadable().forEach((field, e) -> messages.put(field, word(e, Unit.PLAIN, t)));
        List<FieldError> errors = refused == null ? List.of() : refused.errors();
        for (FieldError e : errors) {
            String field = place(e.field(), body, form);
            if (body.unreadable().containsKey(field)) {
                continue;
            }
            String text = word(e, unit(field, form.kind()), t);
            messages.merge(field, text, (a, b) -> a.contains(b) ? a : a + " " + b);
        }
        return messages;
    }

    /** The form field a service path belongs to. */
    static String place(String path, RuleBody body, RuleForm form) {
        Matcher tier = TIER.matcher(path);
        if (tier.matches()) {
            int index = Integer.parseInt(tier.group(1));
            int row = index < body.tierRows().size() ? body.tierRows().get(index) : index;
            return (tier.group(2).equals("minSpent") ? "tierMin-" : "tierValue-") + row;
        }
        String plain = INDEX.matcher(path).replaceAll("");
        if (plain.equals("target.ids")) {
            return "products".equals(form.text("target")) ? "productIds" : "serviceIds";
        }
        return PLACES.getOrDefault(plain, plain.startsWith("conditions.spendTiers") ? "tiers" : FORM);
    }

    private static Unit unit(String field, DiscountKind kind) {
        if (field.equals("value") || field.startsWith("tierValue-")) {
            return kind == DiscountKind.FIXED ? Unit.MONEY : Unit.PERCENT;
        }
        return field.equals("minBill") || field.startsWith("tierMin-") ? Unit.MONEY : Unit.PLAIN;
    }

    /** The message in the user's language; the service's English text when the bundle has no words for it. */
    static String word(FieldError e, Unit unit, PanelTexts t) {
        if (e.code() == null || !t.has("error." + e.code())) {
            return e.message();
        }
        Object[] args = e.args().stream().map(a -> a instanceof Long n ? number(n, unit, t) : a).toArray();
        return t.t("error." + e.code(), args);
    }

    private static String number(long n, Unit unit, PanelTexts t) {
        return switch (unit) {
            case MONEY -> t.money(n);
            case PERCENT -> t.percent(n);
            case PLAIN -> Long.toString(n);
        };
    }
}
