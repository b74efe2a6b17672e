package app.atelier.plugins.bonus;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plugin's words a person reads (bill labels, quote notes, ledger reasons, widget titles), in
 * the salon's language from {@code i18n/bonus*.properties} in the jar. Amounts print in major units.
 */
public final class Texts {
    private final ResourceBundle bundle;
    private final String currency;
    private final Locale locale;
    private final int fractionDigits;

    private Texts(ResourceBundle bundle, String currency, Locale locale) {
        this.bundle = bundle;
        this.currency = currency;
        this.locale = locale;
        this.fractionDigits = fractionDigits(currency);
    }

    /** The salon's words: the plugin's bundle {@code i18n/bonus} in the salon's locale, amounts in its currency. */
    public static Texts of(PluginContext context, Salon salon) {
        return of(context, salon, salon.locale());
    }

    /** The salon's amounts in a reader's language, e.g. a panel user's who chose another than the salon's. */
    public static Texts of(PluginContext context, Salon salon, Locale locale) {
        return new Texts(context.messages(locale), salon.currency(), locale);
    }

    /** Words from a given bundle, for tests and tools. */
    public static Texts of(ResourceBundle bundle, String currency) {
        return new Texts(bundle, currency, Locale.ROOT);
    }

    /** The bundle itself, for pages that word more than these methods do. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The number of minor units in a major one's digits: 2 for RUB and USD, 0 for JPY. */
    public int fractionDigits() {
        return fractionDigits;
    }

    /** An amount of minor units in major units, e.g. {@code 150000} as {@code 1500.00}. */
    public String money(long minor) {
        return BigDecimal.valueOf(minor, fractionDigits).toPlainString();
    }

    /**
     * An amount for people to read: grouped and with the currency's sign as the reader's language
     * writes it, e.g. {@code 150000} RUB as {@code 1 500,00 ₽} in Russian, or with its code where
     * the language has no sign for it ({@code 1,500.00 RUB}). The number stays a {@link BigDecimal}
     * throughout (no double).
     */
    public String amount(long minor) {
        BigDecimal major = BigDecimal.valueOf(minor, fractionDigits);
        String sign = currencySign();
        boolean signed = !sign.equals(currency);
        NumberFormat f = signed ? NumberFormat.getCurrencyInstance(locale) : NumberFormat.getNumberInstance(locale);
        if (signed) {
            f.setCurrency(Currency.getInstance(currency));
        }
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        return signed ? f.format(major) : f.format(major) + " " + currency;
    }

    /** The currency's sign as the reader's language writes it ({@code ₽} in Russian), or its code. */
    public String currencySign() {
        try {
            return Currency.getInstance(currency).getSymbol(locale);
        } catch (RuntimeException unknown) {
            return currency;
        }
    }

    /** Basis points as a percent, e.g. {@code 550} as {@code 5.5}. */
    public static String percent(long basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    /** The client card widget's line labels ({@code widget.balance}, …), with {@code %s} filled in. */
    public String widgetLabel(String key, Object... args) {
        return word("widget." + key, args);
    }

    public String label() {
        return word("label");
    }

    public String capShare(long basisPoints, long amount, long requested) {
        return word("capShare", percent(basisPoints), amount(amount), amount(requested));
    }

    public String capBalance(long available) {
        return word("capBalance", amount(available));
    }

    public String noPoints() {
        return word("noPoints");
    }

    public String willEarn(String program, long amount, long basisPoints) {
        return word("willEarn", program, amount(amount), percent(basisPoints));
    }

    public String belowMinimum(String program, long minBill) {
        return word("belowMinimum", program, amount(minBill));
    }

    public String redeemed(long visitId) {
        return word("redeemed", visitId);
    }

    public String accrued(String program, long basisPoints, long base, long visitId) {
        return word("accrued", program, percent(basisPoints), money(base), visitId);
    }

    public String expired(long creditId) {
        return word("expired", creditId);
    }

    public String returned(long visitId) {
        return word("returned", visitId);
    }

    public String takenBack(long visitId) {
        return word("takenBack", visitId);
    }

    public String shortfall(long amount) {
        return word("shortfall", money(amount));
    }

    public String walletReversed(long creditId) {
        return word("walletReversed", creditId);
    }

    public String birthday() {
        return word("birthday");
    }

    public String widgetTitle() {
        return word("widget");
    }

    public String checkoutNote(long redeemed, long earned) {
        return word("checkoutNote", money(redeemed), money(earned));
    }

    public String refundNote(long returned, long takenBack) {
        return word("refundNote", money(returned), money(takenBack));
    }

    public String changed(long spendable) {
        return word("changed", money(spendable));
    }

    private String word(String key, Object... args) {
        return String.format(Locale.ROOT, bundle.getString(key), args);
    }

    private static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (RuntimeException unknown) {
            return 2;
        }
    }
}
