package app.atelier.core.staff;

import app.atelier.api.Salon;
import app.atelier.core.auth.UserService;
import app.atelier.core.clients.PhoneNormalizer;
import app.atelier.core.common.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Validates and normalizes a {@link StaffInput} into the values to write. */
final class StaffRules {
    static final int MAX_HOURS = 50;
    static final int MAX_DAYS_OFF = 1000;
    private static final int WEEK = 7 * 1440;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    /**
     * Staff columns to write ({@code null} value = clear), and the new hours and days off
     * ({@code null} = keep the stored ones).
     */
    record Changes(Map<String, Object> columns, List<WorkingHours> hours, List<LocalDate> daysOff) {
    }

    private final PhoneNormalizer phones;

    StaffRules(PhoneNormalizer phones) {
        this.phones = phones;
    }

    Changes check(StaffInput input, Salon salon, boolean create) {
        StaffInput in = input == null ? new StaffInput(null, null, null, null, null, null, null) : input;
        Validator v = new Validator();
        Map<String, Object> columns = new LinkedHashMap<>();
        if (create || in.name() != null) {
            v.text(in.name(), "name", Validator.MAX_TEXT);
            columns.put("name", in.name() == null ? null : in.name().strip());
        }
        if (in.position() != null) {
            v.length(in.position().strip(), "position", Validator.MAX_TEXT);
            columns.put("position", in.position().isBlank() ? null : in.position().strip());
        }
        if (in.phone() != null) {
            String e164 = in.phone().isBlank() ? null : phones.toE164(in.phone(), salon.country()).orElse(null);
            v.require(in.phone().isBlank() || e164 != null, "phone", "is not a valid phone number for " + salon.country());
            columns.put("phone", e164);
        }
        if (in.email() != null) {
            String email = in.email().strip().toLowerCase(Locale.ROOT);
            v.require(email.isEmpty() || UserService.validEmail(email), "email", "must be an email address");
            columns.put("email", email.isEmpty() ? null : email);
        }
        if (in.active() != null) {
            columns.put("active", in.active() ? 1 : 0);
        }
        List<WorkingHours> hours = in.hours() == null ? null : hours(in.hours(), v);
        List<LocalDate> daysOff = in.daysOff() == null ? null : daysOff(in.daysOff(), v);
        v.check();
        return new Changes(columns, hours, daysOff);
    }

    private static List<WorkingHours> hours(List<StaffInput.Hours> raw, Validator v) {
        v.require(raw.size() <= MAX_HOURS, "hours", "must be at most " + MAX_HOURS + " intervals");
        List<WorkingHours> parsed = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < raw.size() && i < MAX_HOURS; i++) {
            String field = "hours[" + i + "]";
            StaffInput.Hours h = raw.get(i);
            if (h == null) {
                v.add(field, "is required");
                continue;
            }
            boolean dayOk = h.weekday() != null && h.weekday() >= 1 && h.weekday() <= 7;
            v.require(dayOk, field + ".weekday", "must be 1 (Monday) to 7 (Sunday)");
            Integer start = minutes(h.start());
            Integer end = minutes(h.end());
            v.require(start != null && start < 1440, field + ".start", "must be a time like 09:00");
            v.require(end != null && end <= WorkingHours.MAX_END_MINUTE, field + ".end",
                    "must be a time like 18:00 (26:00 for 02:00 next day, at most 36:00)");
            if (!dayOk || start == null || start >= 1440 || end == null || end > WorkingHours.MAX_END_MINUTE) {
                continue;
            }
            if (end <= start) {
                v.add(field + ".end", "must be after start (write 26:00 for 02:00 next day)");
            } else if (end - start > 1440) {
                v.add(field + ".end", "must be at most 24 hours after start");
            } else {
                parsed.add(new WorkingHours(h.weekday(), start, end));
                index.add(i);
            }
        }
        overlaps(parsed, index, v);
        parsed.sort(Comparator.comparingInt(WorkingHours::weekday).thenComparingInt(WorkingHours::startMinute));
        return parsed;
    }

    /**
     * Intervals may not overlap anywhere in the week, including a late shift that runs past
     * midnight into the next day's hours (and Sunday night into Monday).
     */
    private static void overlaps(List<WorkingHours> hours, List<Integer> index, Validator v) {
        for (int j = 1; j < hours.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (overlap(hours.get(i), hours.get(j))) {
                    v.add("hours[" + index.get(j) + "]", "overlaps hours[" + index.get(i) + "]");
                    break;
                }
            }
        }
    }

    private static boolean overlap(WorkingHours a, WorkingHours b) {
        long aStart = (a.weekday() - 1L) * 1440 + a.startMinute();
        long aEnd = (a.weekday() - 1L) * 1440 + a.endMinute();
        for (int shift : new int[] {-WEEK, 0, WEEK}) {
            long bStart = (b.weekday() - 1L) * 1440 + b.startMinute() + shift;
            long bEnd = (b.weekday() - 1L) * 1440 + b.endMinute() + shift;
            if (aStart < bEnd && bStart < aEnd) {
                return true;
            }
        }
        return false;
    }

    private static Integer minutes(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        return minute < 60 ? hour * 60 + minute : null;
    }

    private static List<LocalDate> daysOff(List<String> raw, Validator v) {
        v.require(raw.size() <= MAX_DAYS_OFF, "daysOff", "must be at most " + MAX_DAYS_OFF + " days");
        TreeSet<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < raw.size() && i < MAX_DAYS_OFF; i++) {
            try {
                days.add(LocalDate.parse(raw.get(i) == null ? "" : raw.get(i).strip()));
            } catch (DateTimeParseException e) {
                v.add("daysOff[" + i + "]", "must be a date like 2026-12-31");
            }
        }
        return new ArrayList<>(days);
    }
}
