package app.atelier.plugins.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.settings.SettingField;
import app.atelier.api.settings.SettingsValues;
import app.atelier.plugins.reminders.plan.Offset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemindersSettingsTest {
    static RemindersSettings of(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        for (SettingField f : RemindersSettings.SCHEMA.fields()) {
            values.put(f.key(), f.defaultValue());
        }
        values.putAll(overrides);
        return RemindersSettings.of(new SettingsValues(values));
    }

    @Test
    void defaultsAreWhatTheIssueAsksFor() {
        RemindersSettings s = of(Map.of());
        assertEquals(List.of(new Offset(2, false)), s.reminderOffsets());
        assertEquals(new Offset(1, true), s.confirmationOffset());
        assertTrue(s.bookingConfirmation() && s.confirmationRequest() && s.reminders() && !s.deadline() && !s.reactivation());
        assertEquals("log", s.channel());
        assertEquals(List.of(), s.warnings());
    }

    @Test
    void anUnreadableValueFallsBackToItsDefaultWithAWarning() {
        RemindersSettings s = of(Map.of("reminderOffsets", "2 hours", "confirmationOffset", "1h", "publicUrl", "salon.example"));
        assertEquals(List.of(new Offset(2, false)), s.reminderOffsets());
        assertEquals(new Offset(1, true), s.confirmationOffset());
        assertEquals("", s.publicUrl());
        assertEquals(3, s.warnings().size(), s.warnings().toString());
        assertTrue(s.warnings().get(1).startsWith("reminderOffsets: '2' is not an offset"), s.warnings().toString());
    }

    @Test
    void theAddressLosesItsTrailingSlash() {
        assertEquals("https://crm.example.com/app", of(Map.of("publicUrl", " https://crm.example.com/app/ ")).publicUrl());
    }
}
