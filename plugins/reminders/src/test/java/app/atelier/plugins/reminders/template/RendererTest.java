package app.atelier.plugins.reminders.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.plugins.reminders.plan.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RendererTest {

    @Test
    void fillsKnownPlaceholdersAndLeavesOtherBracesAlone() {
        assertEquals("Hi Anna, {2} { x } {}", Renderer.render("Hi {clientName}, {2} { x } {}", Map.of("clientName", "Anna")));
        assertEquals("{clientName} stays literal inside a value",
                Renderer.render("{a} stays literal inside a value", Map.of("a", "{clientName}", "clientName", "X")));
        assertEquals(List.of("date", "time"), Renderer.placeholders("{date} at {time}, {date}"));
        assertEquals(List.of("clientNmae"), Renderer.unknown("Hello {clientNmae} on {date}", Kind.REMINDER.placeholders()));
    }

    @Test
    void placeholdersFitTheirKind() {
        assertTrue(Kind.REMINDER.placeholders().containsAll(Set.of("date", "time", "master", "confirmLink", "clientName")));
        assertFalse(Kind.BIRTHDAY.placeholders().contains("date"), "a birthday greeting has no visit");
        assertTrue(Kind.REVIEW_REQUEST.placeholders().contains("reviewLink"));
        assertFalse(Kind.REMINDER.placeholders().contains("reviewLink"));
    }

    @Test
    void everyShippedTemplateUsesOnlyItsKindsPlaceholders() throws IOException {
        for (String file : List.of("/i18n/reminders.properties", "/i18n/reminders_ru.properties")) {
            Properties p = new Properties();
            try (InputStream in = RendererTest.class.getResourceAsStream(file)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Kind kind : Kind.values()) {
                for (String part : List.of("subject", "body")) {
                    String text = p.getProperty("template." + kind.key() + "." + part);
                    assertTrue(text != null && !text.isBlank(), file + " lacks " + kind.key() + "." + part);
                    assertEquals(List.of(), Renderer.unknown(text, kind.placeholders()), file + " " + kind.key() + "." + part);
                }
            }
        }
    }

    @Property
    void aRenderedTemplateOfKnownPlaceholdersHasNoneLeft(@ForAll("templates") String template) {
        Map<String, String> values = Map.of("clientName", "Anna", "date", "5 December", "time", "15:00", "master", "Vera");
        String out = Renderer.render(template, values);
        assertEquals(List.of(), Renderer.placeholders(out).stream().filter(values::containsKey).toList(), out);
    }

    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.of("{clientName}", "{date}", "{time}", "{master}", "{", "}", " ", "{{"),
                Arbitraries.strings().alpha().ofMaxLength(5));
        return pieces.list().ofMaxSize(20).map(l -> String.join("", l));
    }
}
