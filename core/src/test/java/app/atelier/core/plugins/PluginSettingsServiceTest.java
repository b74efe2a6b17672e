package app.atelier.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.settings.SettingField;
import app.atelier.api.settings.SettingsSchema;
import app.atelier.core.common.FieldError;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.Json;
import app.atelier.core.db.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host's validation of plugin settings against the schema, including a TEXT setting's pattern (plugin-api 1.1.0). */
class PluginSettingsServiceTest {
    static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingField.text("offsets", "When to remind", "2h").withPattern("[0-9]{1,2}h(,[0-9]{1,2}h)*",
                    "write hours such as 2h or 24h,2h"),
            SettingField.text("note", "Anything", ""),
            SettingField.integer("hours", "Hours", 6, 1, 72));

    @TempDir
    Path dir;
    Database db;
    PluginSettingsService settings;
    long salon;

    @BeforeEach
    void setUp() {
        db = Database.open(dir);
        settings = new PluginSettingsService(db, new Json());
        salon = db.write(h -> {
            h.execute("INSERT INTO tariff (name, created_at) VALUES ('basic', 0)");
            long tariff = h.createQuery("SELECT id FROM tariff WHERE name = 'basic'").mapTo(Long.class).one();
            h.execute("INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at) "
                    + "VALUES ('s', 'S', 'Europe/Berlin', 'EUR', 'DE', 'en', ?, 0)", tariff);
            return h.createQuery("SELECT id FROM salon WHERE slug = 's'").mapTo(Long.class).one();
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aValueOutsideTheFieldsPatternIsRefusedWithItsHintAndNothingIsStored() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> settings.save(salon, "p", SCHEMA, Map.of("offsets", "banana", "hours", 12)));
        assertEquals(List.of(new FieldError("offsets", "write hours such as 2h or 24h,2h")), e.errors());
        assertEquals("2h", settings.values(salon, "p", SCHEMA).text("offsets"), "the default still");
        assertEquals(6, settings.values(salon, "p", SCHEMA).number("hours"), "all or nothing: the valid hours were not stored");

        assertThrows(InvalidInputException.class, () -> settings.save(salon, "p", SCHEMA, Map.of("offsets", "24h,")),
                "the whole value must match, not a part of it");
        settings.save(salon, "p", SCHEMA, Map.of("offsets", "24h,2h", "note", "banana is fine here"));
        assertEquals("24h,2h", settings.values(salon, "p", SCHEMA).text("offsets"));
    }

    @Test
    void aPatternIsCheckedWhenThePluginDeclaresIt() {
        assertThrows(IllegalArgumentException.class, () -> SettingField.text("a", "A", "x").withPattern("[", "hint"),
                "a pattern that does not compile");
        assertThrows(IllegalArgumentException.class, () -> SettingField.text("a", "A", "x").withPattern("[0-9]+", "digits"),
                "a default the pattern refuses");
        assertThrows(IllegalArgumentException.class, () -> SettingField.text("a", "A", "1").withPattern("[0-9]+", " "),
                "a pattern without a hint");
        assertThrows(IllegalArgumentException.class, () -> SettingField.integer("a", "A", 1, 0, 9).withPattern("[0-9]", "d"));
        SettingField plain = new SettingField("a", SettingField.Type.TEXT, "A", "x", null, null, List.of());
        assertTrue(plain.matches("anything") && plain.pattern() == null, "the 1.0.0 constructor: no pattern");
    }
}
