package app.atelier.plugins.bonus;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plugin's words a person reads (bill labels, quote notes, ledger reasons, widget titles), in
 * the salon's language from {@code i18n/bonus*.properties} in the jar. Amounts print in major units.
 */
public final class Texts {
    private final ResourceBundle bundle;
    private final int fractionDigits;

    private Texts(ResourceBundle bundle, String currency) {
        this.bundle = bundle;
        this.fractionDigits = fractionDigits(currency);
    }

    /** The salon's words: the plugin's bundle {@code i18n/bonus} in the salon's locale, amounts in its currency. */
    public static Texts of(PluginContext context, Salon salon) {
        return new Texts(context.messages(salon.locale()), salon.currency());
    }

    /** Words from a given bundle, for tests and tools. */
    public static Texts of(ResourceBundle bundle, String currency) {
        return new Texts(bundle, currency);
    }

    /** An amount of minor units in major units, e.g. {@code 150000} as {@code 1500.00}. */
    public String money(long minor) {
        return BigDecimal.valueOf(minor, fractionDigits).toPlainString();
    }

    /** Basis points as a percent, e.g. {@code 550} as {@code 5.5}. */
    public static String percent(long basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    public String label() {
        return word("label");
    }

    public String capShare(long basisPoints, long amount, long requested) {
        return word("capShare", percent(basisPoints), money(amount), money(requested));
    }

    public String capBalance(long available) {
        return word("capBalance", money(available));
    }

    public String noPoints() {
        return word("noPoints");
    }

    public String willEarn(String program, long amount, long basisPoints) {
        return word("willEarn", program, money(amount), percent(basisPoints));
    }

    public String belowMinimum(String program, long minBill) {
        return word("belowMinimum", program, money(minBill));
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
