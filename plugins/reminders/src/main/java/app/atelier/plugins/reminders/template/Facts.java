package app.atelier.plugins.reminders.template;

import app.atelier.api.Salon;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values of the placeholders, formatted for the salon: dates and times in its zone, in the
 * message's language. A value that is unknown (no master, no services recorded, no bonus plugin)
 * is empty rather than missing, so a template never shows a raw placeholder.
 */
public final class Facts {
    private final Salon salon;
    private final Locale locale;
    private final Map<String, String> values = new HashMap<>();

    private Facts(Salon salon, String lang) {
        this.salon = salon;
        this.locale = Locale.forLanguageTag(lang);
        values.put("salonName", salon.name());
        for (String name : List.of("clientName", "salonAddress", "bonusBalance", "date", "time", "weekday", "master",
                "services", "confirmLink", "cancelLink", "bookingLink", "reviewLink", "service", "lastVisitDate", "points", "expiryDate", "birthdayGift")) {
            values.putIfAbsent(name, "");
        }
    }

    /** Facts for a message of {@code salon} in language {@code lang}. */
    public static Facts of(Salon salon, String lang) {
        return new Facts(salon, lang);
    }

    public Facts put(String name, String value) {
        values.put(name, value == null ? "" : value);
        return this;
    }

    /** {date}, {time} and {weekday} of a visit start in the salon's zone. */
    public Facts visitStart(Instant start) {
        var local = start.atZone(salon.zone());
        put("date", local.format(DateTimeFormatter.ofPattern("d MMMM", locale)));
        put("time", local.format(DateTimeFormatter.ofPattern("HH:mm", locale)));
        return put("weekday", local.format(DateTimeFormatter.ofPattern("EEEE", locale)));
    }

    /** A date as {date} shows it, e.g. for {lastVisitDate}. */
    public String date(Instant instant) {
        return instant.atZone(salon.zone()).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /** Points or money in minor units shown in major units of the salon currency: 150000 RUB is "1 500". */
    public String money(long minor) {
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(salon.currency()).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            digits = 2;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minor % pow10(digits) == 0 ? 0 : digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minor, digits));
    }

    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    private static long pow10(int digits) {
        long p = 1;
        for (int i = 0; i < digits; i++) {
            p *= 10;
        }
        return p;
    }
}
