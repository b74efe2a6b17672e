package app.atelier.plugins.discounts.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRequest;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The panel pages' words in the signed-in user's language ({@code i18n/discounts*.properties}), and
 * money, percents and dates the way that user reads them: the salon's currency, the user's language,
 * the salon's region and zone. Amounts stay exact: minor units and basis points become decimals, never doubles.
 */
public final class PanelTexts {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final Currency currency;
    private final ZoneId zone;

    private PanelTexts(ResourceBundle bundle, Locale locale, Currency currency, ZoneId zone) {
        this.bundle = bundle;
        this.locale = locale;
        this.currency = currency;
        this.zone = zone;
    }

    static PanelTexts of(PluginContext context, PluginRequest req) {
        return of(context, req.salon(), req.locale());
    }

    /** The texts for a salon in a language (the client card widget uses the salon's own). */
    public static PanelTexts of(PluginContext context, app.atelier.api.Salon salon, Locale locale) {
        return new PanelTexts(context.messages(locale), locale, Currency.getInstance(salon.currency()), salon.zone());
    }

    /** A text with {@code {0}}, {@code {1}} … filled in (plain replacement, so an apostrophe stays as written). */
    public String t(String key, Object... args) {
        String text = bundle.containsKey(key) ? bundle.getString(key) : key;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every text, for templates: {@code {{ t["rules.title"] }}}. */
    Map<String, String> all() {
        Map<String, String> all = new HashMap<>();
        for (String key : bundle.keySet()) {
            all.put(key, bundle.getString(key));
        }
        return all;
    }

    /** "ru" or "en", for the page's {@code lang}. */
    String language() {
        return locale.getLanguage();
    }

    /** How many minor digits the salon's currency has (2 for RUB and EUR, 0 for JPY). */
    int digits() {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    /** {@code 25050} RUB → "250,50 ₽" in Russian, "RUB 250.50" in English. */
    public String money(long minor) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(currency);
        f.setMinimumFractionDigits(digits());
        f.setMaximumFractionDigits(digits());
        return f.format(BigDecimal.valueOf(minor, digits()));
    }

    /** The currency's symbol in the user's language, for labels ("₽", "€"). */
    String currencySymbol() {
        return currency.getSymbol(locale);
    }

    /** Basis points as a percent: 1250 → "12.5%" (a comma in Russian). */
    public String percent(long basisPoints) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(BigDecimal.valueOf(basisPoints, 2)) + "%";
    }

    /** What goes back into an amount field: 25050 → "250.50", 25000 → "250". */
    String typedMoney(long minor) {
        return plain(BigDecimal.valueOf(minor, digits()));
    }

    /** What goes back into a percent field: 1250 → "12.5". */
    String typedPercent(long basisPoints) {
        return plain(BigDecimal.valueOf(basisPoints, 2));
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** An instant on the salon's wall clock. */
    String dateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(at.atZone(zone));
    }

    /** "Tue" / "вт". */
    String weekdayShort(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale);
    }

    /** "Tuesday" / "вторник". */
    String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    ZoneId zone() {
        return zone;
    }
}
