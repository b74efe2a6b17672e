package app.atelier.plugins.discounts.admin;

import app.atelier.plugins.discounts.input.InvalidInput.FieldError;
import app.atelier.plugins.discounts.rules.DiscountKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A typed {@link RuleForm} as the JSON body of {@code POST /api/v1/discounts/rules}: blank fields are
 * left out (so the rule parser says what is required), "250.50" becomes 25050 minor units and "12.5"
 * percent 1250 basis points. Text that is not a number at all cannot reach the parser as one; it is
 * kept here as an error of its form field, in {@link #unreadable()}.
 *
 * @param body       what the rule service validates and stores
 * @param unreadable form field → why its text is not a number
 * @param tierRows   for each entry of {@code conditions.spendTiers}, the form row it came from
 *                   (empty rows are skipped, so the parser's indexes differ from the rows a person sees)
 */
record RuleBody(Map<String, Object> body, Map<String, FieldError> unreadable, List<Integer> tierRows) {
    /** A decimal with an optional sign; spaces and apostrophes group thousands; a comma may be the decimal mark. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final int PERCENT_DIGITS = 2;

    static RuleBody of(RuleForm f, int moneyDigits) {
        return new Reader(f, moneyDigits).read();
    }

    private static final class Reader {
        private final RuleForm f;
        private final int moneyDigits;
        private final Map<String, FieldError> unreadable = new LinkedHashMap<>();
        private final List<Integer> tierRows = new ArrayList<>();

        Reader(RuleForm f, int moneyDigits) {
            this.f = f;
            this.moneyDigits = moneyDigits;
        }

        RuleBody read() {
            Map<String, Object> body = new LinkedHashMap<>();
            putText(body, "name", f.text("name"));
            putText(body, "kind", f.text("kind"));
            put(body, "value", amount("value", f.text("value")));
            body.put("target", target());
            body.put("combines", f.flag("combines"));
            body.put("active", f.flag("active"));
            Map<String, Object> conditions = conditions();
            if (!conditions.isEmpty()) {
                body.put("conditions", conditions);
            }
            return new RuleBody(body, unreadable, tierRows);
        }

        /** Only the list that belongs to the chosen target goes out: boxes ticked under another one are not meant. */
        private Map<String, Object> target() {
            Map<String, Object> target = new LinkedHashMap<>();
            String type = f.text("target");
            target.put("type", type);
            switch (type) {
                case "services" -> putList(target, "ids", ids(f.group("serviceIds")));
                case "products" -> putList(target, "ids", ids(f.group("productIds")));
                case "categories" -> putList(target, "categories", f.group("categories"));
                default -> { }
            }
            return target;
        }

        private Map<String, Object> conditions() {
            Map<String, Object> c = new LinkedHashMap<>();
            putText(c, "validFrom", f.text("validFrom"));
            putText(c, "validTo", f.text("validTo"));
            putList(c, "weekdays", weekdays(f.group("weekdays")));
            if (!f.text("hoursFrom").isBlank() || !f.text("hoursTo").isBlank()) {
                Map<String, Object> hours = new LinkedHashMap<>();
                putText(hours, "from", f.text("hoursFrom"));
                putText(hours, "to", f.text("hoursTo"));
                c.put("hours", hours);
            }
            putList(c, "clientTags", Arrays.stream(f.text("clientTags").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
            putList(c, "spendTiers", tiers());
            put(c, "tierResetDays", days("tierResetDays"));
            if (f.flag("firstVisitOnly")) {
                c.put("firstVisitOnly", true);
            }
            if (f.flag("birthday")) {
                Map<String, Object> birthday = new LinkedHashMap<>();
                put(birthday, "daysBefore", days("birthdayBefore"));
                put(birthday, "daysAfter", days("birthdayAfter"));
                c.put("birthday", birthday);
            }
            putList(c, "channels", f.group("channels"));
            put(c, "minBill", money("minBill", f.text("minBill")));
            return c;
        }

        private List<Object> tiers() {
            List<Object> tiers = new ArrayList<>();
            for (int row = 0; row < f.tierRows(); row++) {
                String min = f.tierMin(row);
                String value = f.tierValue(row);
                if (min.isBlank() && value.isBlank()) {
                    continue;
                }
                Map<String, Object> tier = new LinkedHashMap<>();
                put(tier, "minSpent", money("tierMin-" + row, min));
                put(tier, "value", amount("tierValue-" + row, value));
                tiers.add(tier);
                tierRows.add(row);
            }
            return tiers;
        }

        /** The rule's value in its kind's unit: basis points for a percent, minor units for a fixed amount. */
        private Long amount(String field, String typed) {
            return f.kind() == DiscountKind.FIXED ? money(field, typed)
                    : decimal(field, typed, PERCENT_DIGITS, "percent", "must be a percent such as 10 or 12.5");
        }

        private Long money(String field, String typed) {
            return decimal(field, typed, moneyDigits, "money", "must be an amount such as 250 or 250.50");
        }

        private Long decimal(String field, String typed, int digits, String code, String message) {
            if (typed.isBlank()) {
                return null;
            }
            String clean = typed.replaceAll("[\\s\\u00a0\\u202f']", "").replace(',', '.');
            if (!DECIMAL.matcher(clean).matches() || new BigDecimal(clean).stripTrailingZeros().scale() > digits) {
                unreadable.put(field, new FieldError(field, message, code, List.of()));
                return null;
            }
            return new BigDecimal(clean).movePointRight(digits).longValueExact();
        }

        private Long days(String field) {
            String typed = f.text(field).strip();
            if (typed.isEmpty()) {
                return null;
            }
            if (!WHOLE.matcher(typed).matches()) {
                unreadable.put(field, new FieldError(field, "must be a whole number of days", "days", List.of()));
                return null;
            }
            return Long.parseLong(typed);
        }

        /** Box values are ids; one that is not a number goes to the parser as it is, which names it. */
        private static List<Object> ids(List<String> values) {
            return values.stream().map(v -> v.matches("\\d{1,18}") ? (Object) Long.parseLong(v) : v).toList();
        }

        /** The parser reads a day as its number 1..7 (an Integer) or its English name. */
        private static List<Object> weekdays(List<String> values) {
            return values.stream().map(v -> v.matches("[1-7]") ? (Object) Integer.parseInt(v) : v).toList();
        }

        private static void putText(Map<String, Object> m, String key, String typed) {
            if (!typed.isBlank()) {
                m.put(key, typed);
            }
        }

        private static void put(Map<String, Object> m, String key, Long value) {
            if (value != null) {
                m.put(key, value);
            }
        }

        private static void putList(Map<String, Object> m, String key, List<?> values) {
            if (!values.isEmpty()) {
                m.put(key, values);
            }
        }
    }
}
