package app.atelier.plugins.reminders.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.atelier.api.data.ClientView;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientsTest {
    static ClientView client(String phone, String email) {
        return new ClientView(1, 1, "Anna", phone, email, null, null, List.of(), true);
    }

    @Test
    void eachChannelAddressesTheClientItsOwnWay() {
        ClientView both = client("+4915112345678", "anna@example.com");
        assertEquals("anna@example.com", Recipients.of("email", both).address());
        assertEquals("+4915112345678", Recipients.of("sms", both).address());
        assertEquals("+4915112345678", Recipients.of("whatsapp", both).address());
        assertEquals("+4915112345678", Recipients.of("log", both).address());
        assertEquals("anna@example.com", Recipients.of("log", client(null, "anna@example.com")).address());
    }

    @Test
    void aMissingAddressIsNamed() {
        assertNull(Recipients.of("email", client("+4915112345678", " ")).address());
        assertEquals("the client has no email address", Recipients.of("email", client("+4915112345678", null)).missing());
        assertEquals("the client has no phone number", Recipients.of("sms", client(null, "a@b.c")).missing());
        assertEquals("the client has neither a phone number nor an email address", Recipients.of("log", client(null, null)).missing());
    }
}
