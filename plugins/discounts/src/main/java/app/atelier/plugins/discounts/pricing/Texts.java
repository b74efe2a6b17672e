package app.atelier.plugins.discounts.pricing;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How amounts, percents and weekdays read in labels and notes. Exact decimal text, never a double. */
public final class Texts {
    private Texts() {
    }

    /** Minor units as the major amount with the currency's digits: 150050 EUR is "1500.50 EUR". */
    public static String money(long minor, String currency) {
        int digits = 2;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            // an unknown code keeps two digits: the text is for people, the amount stays exact
        }
        return BigDecimal.valueOf(minor, digits).toPlainString() + " " + currency;
    }

    /** Basis points as a percent: 1000 is "10%", 1050 is "10.5%". */
    public static String percent(long basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }

    /** "Saturday". */
    public static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "Tuesday, Wednesday". */
    public static String weekdays(List<DayOfWeek> days) {
        return days.stream().map(Texts::weekday).collect(Collectors.joining(", "));
    }
}
