package app.atelier.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.Salon;
import app.atelier.api.notify.Delivery;
import app.atelier.api.notify.DeliveryResult;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogChannelTest {
    private static final Salon SALON = new Salon(1, "bella", "Bella", ZoneId.of("Europe/Moscow"), "RUB", "RU",
            Locale.forLanguageTag("ru"));

    @Test
    void masksPhonesAndEmails() {
        assertEquals("+7******4567", LogChannel.mask("+79991234567"));
        assertEquals("a***@example.com", LogChannel.mask("anna@example.com"));
        assertEquals("*****", LogChannel.mask("12345"));
        assertEquals("(none)", LogChannel.mask(null));
    }

    @Test
    void logsTheMessageIdAndMaskedRecipientButNeverTheText() {
        DeliveryResult result;
        String logged;
        try (StderrCapture err = new StderrCapture()) {
            result = new LogChannel().deliver(new Delivery(SALON, 42, "+79991234567", "Reminder",
                    "Secret body: your visit at 15:00", Map.of()));
            logged = err.text();
        }
        assertTrue(result.delivered());
        assertTrue(logged.contains("message 42"), logged);
        assertTrue(logged.contains("+7******4567"), logged);
        assertFalse(logged.contains("+79991234567"), logged);
        assertFalse(logged.contains("Secret body"), logged);
    }
}
