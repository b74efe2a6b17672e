package app.atelier.plugins.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.settings.SettingField;
import app.atelier.api.settings.SettingsValues;
import app.atelier.plugins.reminders.plan.Offset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
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

    /** The pattern the host checks at save time, of the schema's field {@code key}. */
    static SettingField field(String key) {
        return RemindersSettings.SCHEMA.field(key).orElseThrow();
    }

    @Test
    void theHostRefusesWhatThePluginCouldNotRead() {
        for (String bad : List.of("banana", "5m, 100h", "100h", "0h", "2 h", "", "2h,,x", "24h;73h")) {
            assertFalse(field("reminderOffsets").matches(bad), bad);
        }
        for (String good : List.of("2h", "24h,2h", "24h, 2h", " 1d ; 2h", "72h", "3D")) {
            assertTrue(field("reminderOffsets").matches(good), good);
        }
        assertFalse(field("confirmationOffset").matches("1h"));
        assertFalse(field("confirmationOffset").matches("1d,2h"), "one offset only");
        assertTrue(field("confirmationOffset").matches("168h") && field("confirmationOffset").matches("7d"));
        assertFalse(field("bonusExpiryOffsets").matches("61d") || field("bonusExpiryOffsets").matches("23h"));
        assertTrue(field("bonusExpiryOffsets").matches("60d,1440h,24h"));
        assertFalse(field("publicUrl").matches("salon.example"));
        assertTrue(field("publicUrl").matches(" https://crm.example.com/app/ "));
        assertEquals(List.of(), of(Map.of()).warnings(), "every default passes its own pattern (the constructor checks too)");
    }

    /** Every single offset from 0 to 9999 hours or days: the pattern accepts exactly what the parser reads. */
    @Test
    void eachPatternAcceptsExactlyTheOffsetsTheParserReads() {
        Map<String, long[]> ranges = Map.of(
                "reminderOffsets", new long[] {RemindersSettings.MIN_REMINDER_HOURS, RemindersSettings.MAX_REMINDER_HOURS},
                "confirmationOffset", new long[] {RemindersSettings.MIN_CONFIRMATION_HOURS, RemindersSettings.MAX_CONFIRMATION_HOURS},
                "bonusExpiryOffsets", new long[] {RemindersSettings.MIN_BONUS_EXPIRY_HOURS, RemindersSettings.MAX_BONUS_EXPIRY_HOURS});
        ranges.forEach((key, range) -> {
            for (int n = 0; n < 10_000; n++) {
                for (String unit : List.of("h", "d")) {
                    String text = n + unit;
                    assertEquals(parses(text, range), field(key).matches(text), key + " " + text);
                }
            }
        });
    }

    /** Lists of offsets: what the pattern accepts is read, and what is read (up to ten, no leading zeros) is accepted. */
    @Property(tries = 500)
    void aListThePatternAcceptsIsOneTheParserReads(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 99) Integer> numbers,
                                                  @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 0, max = 4) Integer> seps) {
        List<String> separators = List.of(",", ", ", ";", " ", ",,");
        StringBuilder text = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            String part = numbers.get(i) / 2 + (numbers.get(i) % 2 == 0 ? "h" : "d");
            parts.add(part);
            text.append(i == 0 ? "" : separators.get(seps.get(i))).append(part);
        }
        long[] range = {RemindersSettings.MIN_REMINDER_HOURS, RemindersSettings.MAX_REMINDER_HOURS};
        boolean accepted = field("reminderOffsets").matches(text.toString());
        if (accepted) {
            assertTrue(parses(text.toString(), range), text.toString());
        } else if (parts.size() <= 10) {
            assertFalse(parses(text.toString(), range), "refused but readable: " + text);
        }
    }

    private static boolean parses(String text, long[] range) {
        try {
            Offset.parseList(text, range[0], range[1]);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
