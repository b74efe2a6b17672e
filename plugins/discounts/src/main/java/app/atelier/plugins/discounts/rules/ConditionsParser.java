package app.atelier.plugins.discounts.rules;

import app.atelier.plugins.discounts.input.Fields;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads and validates a rule's {@code conditions} object; see {@link Conditions} for their meaning. */
final class ConditionsParser {
    static final Set<String> CHANNELS = Set.of("admin", "online", "app");
    private static final Set<String> KEYS = Set.of("validFrom", "validTo", "weekdays", "hours", "clientTags", "spendTiers",
            "tierResetDays", "firstVisitOnly", "birthday", "channels", "minBill");
    private static final String P = "conditions.";

    private ConditionsParser() {
    }

    static Conditions parse(Fields f, Map<String, Object> c, long maxValue) {
        f.onlyKnown(c, KEYS, P);
        LocalDate from = date(f, c.get("validFrom"), P + "validFrom");
        LocalDate to = date(f, c.get("validTo"), P + "validTo");
        if (from != null && to != null && to.isBefore(from)) {
            f.error(P + "validTo", "dateOrder", "must not be before validFrom");
        }
        List<SpendTier> tiers = tiers(f, c.get("spendTiers"), maxValue);
        Long reset = f.whole(c.get("tierResetDays"), P + "tierResetDays", false, 1, 3650);
        if (reset != null && c.get("spendTiers") == null) {
            f.error(P + "tierResetDays", "needsTiers", "needs spendTiers: it resets the spend they count");
        }
        return new Conditions(from, to, weekdays(f, c.get("weekdays")), hours(f, c.get("hours")), tags(f, c.get("clientTags")),
                tiers, reset == null ? null : reset.intValue(), f.bool(c.get("firstVisitOnly"), P + "firstVisitOnly", false),
                birthday(f, c.get("birthday")), channels(f, c.get("channels")),
                f.whole(c.get("minBill"), P + "minBill", false, 0, RuleParser.MAX_MONEY));
    }

    private static LocalDate date(Fields f, Object raw, String field) {
        String text = f.text(raw, field, false, 10);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            f.error(field, "date", "must be a date such as 2026-03-31");
            return null;
        }
    }

    private static List<DayOfWeek> weekdays(Fields f, Object raw) {
        List<?> list = f.list(raw, P + "weekdays", 7);
        TreeSet<DayOfWeek> days = new TreeSet<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            DayOfWeek d = weekday(list.get(i));
            if (d == null) {
                f.error(P + "weekdays[" + i + "]", "weekday", "must be a day such as tuesday, tue or 2 (Monday is 1)");
            } else {
                days.add(d);
            }
        }
        return List.copyOf(days);
    }

    private static DayOfWeek weekday(Object raw) {
        if (raw instanceof Integer n) {
            return n >= 1 && n <= 7 ? DayOfWeek.of(n) : null;
        }
        if (raw instanceof String s && s.strip().length() >= 3) {
            String t = s.strip().toUpperCase(Locale.ROOT);
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().equals(t) || d.name().substring(0, 3).equals(t)) {
                    return d;
                }
            }
        }
        return null;
    }

    private static TimeWindow hours(Fields f, Object raw) {
        Map<String, Object> h = f.object(raw, P + "hours");
        if (h == null) {
            return null;
        }
        f.onlyKnown(h, Set.of("from", "to"), P + "hours.");
        LocalTime from = time(f, h.get("from"), P + "hours.from");
        LocalTime to = time(f, h.get("to"), P + "hours.to");
        if (from != null && from.equals(to)) {
            f.error(P + "hours.to", "hoursSame", "must differ from hours.from (leave hours out for all day)");
        }
        return from == null || to == null ? null : new TimeWindow(from, to);
    }

    private static LocalTime time(Fields f, Object raw, String field) {
        String text = f.text(raw, field, true, 5);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{2}:\\d{2}")) {
            f.error(field, "time", "must be a time such as 10:00 (24-hour, salon time)");
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            f.error(field, "time", "must be a time such as 10:00 (24-hour, salon time)");
            return null;
        }
    }

    private static List<String> tags(Fields f, Object raw) {
        List<?> list = f.list(raw, P + "clientTags", 20);
        List<String> tags = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String t = f.text(list.get(i), P + "clientTags[" + i + "]", true, 50);
            if (t != null && (t.contains("\n") || t.contains("\r"))) {
                f.error(P + "clientTags[" + i + "]", "oneLine", "must be one line");
            } else if (t != null && tags.stream().noneMatch(t::equalsIgnoreCase)) {
                tags.add(t);
            }
        }
        return tags;
    }

    private static List<SpendTier> tiers(Fields f, Object raw, long maxValue) {
        List<?> list = f.list(raw, P + "spendTiers", 20);
        List<SpendTier> tiers = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String field = P + "spendTiers[" + i + "]";
            Map<String, Object> t = f.object(list.get(i), field);
            if (t == null) {
                continue;
            }
            f.onlyKnown(t, Set.of("minSpent", "value"), field + ".");
            Long min = f.whole(t.get("minSpent"), field + ".minSpent", true, 0, RuleParser.MAX_MONEY * 1000);
            Long value = f.whole(t.get("value"), field + ".value", true, 1, maxValue);
            if (min != null && !tiers.isEmpty() && min <= tiers.get(tiers.size() - 1).minSpent()) {
                f.error(field + ".minSpent", "tierOrder", "must be larger than the tier before (list the tiers from the lowest)");
            } else if (min != null && value != null) {
                tiers.add(new SpendTier(min, value));
            }
        }
        return tiers;
    }

    private static BirthdayWindow birthday(Fields f, Object raw) {
        Map<String, Object> b = f.object(raw, P + "birthday");
        if (b == null) {
            return null;
        }
        f.onlyKnown(b, Set.of("daysBefore", "daysAfter"), P + "birthday.");
        Long before = f.whole(b.getOrDefault("daysBefore", 0), P + "birthday.daysBefore", true, 0, 60);
        Long after = f.whole(b.getOrDefault("daysAfter", 0), P + "birthday.daysAfter", true, 0, 60);
        return before == null || after == null ? null : new BirthdayWindow(before.intValue(), after.intValue());
    }

    private static List<String> channels(Fields f, Object raw) {
        List<?> list = f.list(raw, P + "channels", 3);
        TreeSet<String> channels = new TreeSet<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            if (list.get(i) instanceof String s && CHANNELS.contains(s)) {
                channels.add(s);
            } else {
                f.error(P + "channels[" + i + "]", "channel", "must be admin, online or app");
            }
        }
        return List.copyOf(channels);
    }
}
