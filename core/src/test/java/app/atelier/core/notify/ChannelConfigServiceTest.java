package app.atelier.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.common.FieldError;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelConfigServiceTest {
    @TempDir
    Path dir;
    private NotifyFixture fx;
    private ChannelConfigService configs;
    private long salon;

    @BeforeEach
    void setUp() {
        fx = new NotifyFixture(dir);
        salon = fx.salon("bella");
        configs = fx.service(NotifyFixture.NO_PLUGINS, new LogChannel(), new SmtpChannel(), new HttpGatewayChannel())
                .configs();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private static List<String> fields(Runnable call) {
        return assertThrows(InvalidInputException.class, call::run).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void storesReplacesAndRemovesAConfiguration() {
        Map<String, String> email = Map.of("host", "smtp.example.com", "port", "587", "from", "noreply@bella.test",
                "starttls", "true", "username", "bella", "password", "pw");
        assertEquals(email, configs.put(salon, "email", email));
        assertEquals(Optional.of(email), configs.get(salon, "email"));

        configs.put(salon, "email", Map.of("host", "mail.bella.test", "port", "25", "from", "a@bella.test"));
        assertEquals("mail.bella.test", configs.get(salon, "email").orElseThrow().get("host"));
        assertFalse(configs.get(salon, "email").orElseThrow().containsKey("password"));

        assertTrue(configs.remove(salon, "email"));
        assertEquals(Optional.empty(), configs.get(salon, "email"));
    }

    @Test
    void eachBuiltInChannelValidatesItsOwnKeys() {
        assertEquals(List.of("config.host", "config.port", "config.from"), fields(() -> configs.put(salon, "email", Map.of())));
        assertEquals(List.of("config.url"), fields(() -> configs.put(salon, "sms", Map.of())));
        assertEquals(Map.of(), configs.put(salon, "log", Map.of()));
        assertEquals(Map.of("url", "https://sms.example/send?to={{to}}"),
                configs.put(salon, "sms", Map.of("url", "https://sms.example/send?to={{to}}")));
    }

    @Test
    void aPluginChannelTakesAnyBoundedKeys() {
        assertEquals(Map.of("token", "abc", "sender.name", "Bella"),
                configs.put(salon, "whatsapp", Map.of("token", "abc", "sender.name", "Bella")));
        assertEquals(List.of("config.token"), fields(() -> configs.put(salon, "whatsapp", Map.of("token", "x".repeat(5_001)))));
        assertEquals(List.of("channel"), fields(() -> configs.put(salon, "Bad Channel", Map.of())));
    }

    @Test
    void anUnknownSalonIsNotFoundAndOtherSalonsSeeNothing() {
        assertThrows(NotFoundException.class, () -> configs.put(9_999, "log", Map.of()));
        configs.put(salon, "log", Map.of("note", "dev"));
        long other = fx.salon("other");
        assertEquals(Optional.empty(), configs.get(other, "log"));
        assertFalse(configs.needsConfig("log"));
        assertTrue(configs.needsConfig("email"));
        assertTrue(configs.needsConfig("sms"));
        assertFalse(configs.needsConfig("whatsapp"));
    }
}
