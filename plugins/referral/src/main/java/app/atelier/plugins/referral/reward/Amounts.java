package app.atelier.plugins.referral.reward;

import app.atelier.api.Money;
import app.atelier.api.pricing.BillLine;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** The arithmetic and wording of referral discounts. Pure. */
public final class Amounts {
    private Amounts() {
    }

    /** A percent of a bill: per line, each rounded half-up to the minor unit, then summed (DESIGN: totals are sums of lines). */
    public static long percentOfLines(List<BillLine> lines, long basisPoints) {
        long sum = 0;
        for (BillLine line : lines) {
            sum = Math.addExact(sum, Money.percentOf(line.amount(), basisPoints));
        }
        return sum;
    }

    /** A discount of {@code wanted} cut to what is left of the bill, never negative. */
    public static long capped(long wanted, long runningTotal) {
        return Math.max(0, Math.min(wanted, runningTotal));
    }

    /** {@code 1000} → {@code "10%"}, {@code 1250} → {@code "12.5%"}. */
    public static String percent(long basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }

    /** {@code 50000, "RUB"} → {@code "500.00 RUB"}, in the currency's own minor digits. */
    public static String money(long minor, String currency) {
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknown) {
            digits = 2;
        }
        return BigDecimal.valueOf(minor, digits).toPlainString() + " " + currency;
    }

    /**
     * An amount as a reader's language writes it, {@code 50000, "RUB"} as {@code 500,00 ₽} in Russian
     * and {@code 500.00 RUB} where the language has no sign for the currency. Exact: a BigDecimal, no double.
     */
    public static String money(long minor, String currency, Locale locale) {
        Currency unit;
        try {
            unit = Currency.getInstance(currency);
        } catch (IllegalArgumentException unknown) {
            return money(minor, currency);
        }
        int digits = Math.max(0, unit.getDefaultFractionDigits());
        boolean signed = !unit.getSymbol(locale).equals(currency);
        NumberFormat f = signed ? NumberFormat.getCurrencyInstance(locale) : NumberFormat.getNumberInstance(locale);
        if (signed) {
            f.setCurrency(unit);
        }
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        String number = f.format(BigDecimal.valueOf(minor, digits));
        return signed ? number : number + " " + currency;
    }
}
