package app.atelier.web.admin;

import app.atelier.api.Salon;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Money from minor units in the salon's currency, dates and times in its zone, for its locale. */
public final class Formats {
    private final Salon salon;
    private final Locale locale;
    private final Currency currency;
    private final DateTimeFormatter time;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public Formats(Salon salon, Locale locale) {
        this.salon = salon;
        this.locale = locale;
        this.currency = Currency.getInstance(salon.currency());
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    /** {@code 250000} RUB in ru → "2 500,00 ₽"; in en → "RUB 2,500.00". */
    public String money(long minor) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        String text = f.format(BigDecimal.valueOf(minor, digits));
        // a language without a sign for the currency writes its code glued to the number ("RUB5,500.00")
        String code = currency.getCurrencyCode();
        if (text.startsWith(code) && text.length() > code.length() && Character.isDigit(text.charAt(code.length()))) {
            text = code + "\u00a0" + text.substring(code.length());
        } else if (text.startsWith("-" + code) && text.length() > code.length() + 1 && Character.isDigit(text.charAt(code.length() + 1))) {
            text = "-" + code + "\u00a0" + text.substring(code.length() + 1);
        }
        return text;
    }

    /** Minor units as a plain number for an input field ("2500.00"). */
    public String major(long minor) {
        return BigDecimal.valueOf(minor, Math.max(currency.getDefaultFractionDigits(), 0)).toPlainString();
    }

    /** A major-unit amount typed by a person ("2500", "2 500,50") as minor units; null when blank. */
    public Long parseMajor(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.replaceAll("[\\s\\u00a0]", "").replace(',', '.');
        return new BigDecimal(clean).movePointRight(Math.max(currency.getDefaultFractionDigits(), 0)).longValueExact();
    }

    /** {@code 2026-08} as "авг. 2026" / "Aug 2026"; text that is not a month is shown as it is. */
    public String month(String yearMonth) {
        try {
            return java.time.YearMonth.parse(yearMonth).format(DateTimeFormatter.ofPattern("LLL yyyy", locale));
        } catch (RuntimeException e) {
            return yearMonth;
        }
    }

    public String time(Instant at) {
        return at == null ? "" : time.format(at.atZone(salon.zone()));
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    public String dateOf(Instant at) {
        return at == null ? "" : date.format(at.atZone(salon.zone()));
    }

    public String dateTime(Instant at) {
        return at == null ? "" : dateTime.format(at.atZone(salon.zone()));
    }

    public String isoDate(Instant at) {
        return at == null ? "" : at.atZone(salon.zone()).toLocalDate().toString();
    }

    public ZonedDateTime local(Instant at) {
        return at.atZone(salon.zone());
    }
}
