package app.atelier.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.api.Salon;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Money as the panel writes it: the salon's currency in the reader's language, never a bare code glued to the number. */
class FormatsTest {
    private static final Salon MOSCOW = new Salon(1, "m", "M", ZoneId.of("Europe/Moscow"), "RUB", "RU", Locale.forLanguageTag("ru-RU"));

    @Test
    void roublesInRussianAndInEnglish() {
        assertEquals("5 500,00 ₽", plain(new Formats(MOSCOW, Locale.forLanguageTag("ru-RU")).money(550_000)));
        assertEquals("RUB 5,500.00", plain(new Formats(MOSCOW, Locale.forLanguageTag("en-RU")).money(550_000)));
        assertEquals("-RUB 12.50", plain(new Formats(MOSCOW, Locale.forLanguageTag("en-RU")).money(-1_250)));
    }

    @Test
    void monthsInTheReadersLanguage() {
        assertEquals("авг. 2026", new Formats(MOSCOW, Locale.forLanguageTag("ru-RU")).month("2026-08"));
        assertEquals("Aug 2026", new Formats(MOSCOW, Locale.forLanguageTag("en-RU")).month("2026-08"));
        assertEquals("not-a-month", new Formats(MOSCOW, Locale.ENGLISH).month("not-a-month"));
    }

    @Test
    void aCurrencyWithASignKeepsIt() {
        Salon berlin = new Salon(2, "b", "B", ZoneId.of("Europe/Berlin"), "EUR", "DE", Locale.GERMANY);
        assertEquals("€12.50", plain(new Formats(berlin, Locale.forLanguageTag("en-IE")).money(1_250)));
    }

    private static String plain(String money) {
        return money.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
