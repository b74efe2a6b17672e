package app.atelier.web.admin.reports;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Basis points as a percentage for the page's locale: 7273 → "72.7%" in English, "72,7 %" in Russian. */
public final class Percent {
    private final Locale locale;

    Percent(Locale locale) {
        this.locale = locale;
    }

    /** The share, or a dash when there is none (no clients to divide by). */
    public String bp(Integer basisPoints) {
        if (basisPoints == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(BigDecimal.valueOf(basisPoints, 4));
    }
}
