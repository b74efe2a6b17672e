package app.atelier.plugins.booking.web;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The plugin's texts in the salon's language, and money, dates and times the way the salon's
 * clients read them (money from minor units, times in the salon's zone).
 */
public final class Texts {
    private final ResourceBundle bundle;
    private final Salon salon;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Salon salon, Locale locale) {
        this.bundle = bundle;
        this.salon = salon;
        this.locale = locale;
    }

    public static Texts of(PluginContext context, Salon salon) {
        return of(context, salon, salon.locale());
    }

    /** In another language than the salon's (the panel user's), times still on the salon's clock. */
    public static Texts of(PluginContext context, Salon salon, Locale locale) {
        return new Texts(context.messages(locale), salon, locale);
    }

    /** A text with {@code {0}}, {@code {1}} … filled in (plain replacement: apostrophes stay as written). */
    public String t(String key, Object... args) {
        String text = bundle.containsKey(key) ? bundle.getString(key) : key;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Every text, for templates ({@code {{ t.chooseServices }}}). */
    public Map<String, String> all() {
        Map<String, String> all = new HashMap<>();
        for (String key : bundle.keySet()) {
            all.put(key, bundle.getString(key));
        }
        return all;
    }

    /** {@code 2 500 ₽}, {@code €12.50}: whole amounts without the minor digits. */
    public String money(long minor) {
        Currency currency = Currency.getInstance(salon.currency());
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        BigDecimal amount = BigDecimal.valueOf(minor, digits);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount);
    }

    /** {@code Wed, 2 Dec}. */
    public String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEE, d MMM", locale).format(date);
    }

    /** {@code Wednesday, 2 December 2026}. */
    public String longDay(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale).format(date);
    }

    /** {@code 10:30} in the salon's zone. */
    public String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm", locale).format(instant.atZone(salon.zone()));
    }

    /** {@code Wednesday, 2 December 2026, 10:30} in the salon's zone. */
    public String when(Instant instant) {
        return longDay(instant.atZone(salon.zone()).toLocalDate()) + ", " + time(instant);
    }

    public Locale locale() {
        return locale;
    }
}
