package app.atelier.plugins.booking.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhonesTest {

    @Test
    void whatPeopleTypeBecomesE164InTheSalonsCountry() {
        assertEquals(Optional.of("+79161234567"), Phones.e164("8 (916) 123-45-67", "RU"));
        assertEquals(Optional.of("+79161234567"), Phones.e164("+7 916 123 45 67", "DE"));
        assertEquals(Optional.of("+4915112345678"), Phones.e164("0151 12345678", "DE"));
        assertTrue(Phones.e164("12345", "RU").isEmpty());
        assertTrue(Phones.e164("not a phone", "RU").isEmpty());
        assertTrue(Phones.e164("9".repeat(41), "RU").isEmpty());
        assertEquals("+7 *** *** 45 67", Phones.masked("+79161234567"));
    }
}
