package app.atelier.plugins.discounts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.atelier.plugins.discounts.input.InvalidInput;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleParserTest {

    private static Map<String, String> errors(Map<String, Object> body) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> RuleParser.parse(body, Set.of(1L, 2L)));
        Map<String, String> m = new LinkedHashMap<>();
        e.errors().forEach(f -> m.put(f.field(), f.message()));
        return m;
    }

    @Test
    void aFullRuleReadsBackAsWritten() {
        Map<String, Object> body = Map.of("name", "Happy hours −15%", "kind", "percent", "value", 1500,
                "target", Map.of("type", "services", "ids", List.of(2, 1, 2)), "combines", true,
                "conditions", Map.of("weekdays", List.of("tue", "Wednesday", 2), "hours", Map.of("from", "10:00", "to", "12:00"),
                        "channels", List.of("online", "app"), "minBill", 100_000, "clientTags", List.of("vip", "VIP")));
        Rule r = RuleParser.parse(body, Set.of(1L, 2L));
        assertEquals(List.of(2L, 1L), r.target().ids());
        assertEquals(List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), r.conditions().weekdays());
        assertEquals(new TimeWindow(LocalTime.of(10, 0), LocalTime.of(12, 0)), r.conditions().hours());
        assertEquals(List.of("app", "online"), r.conditions().channels());
        assertEquals(List.of("vip"), r.conditions().clientTags());
        Map<String, Object> json = RuleJson.of(r.withId(5));
        assertEquals(r, RuleParser.parse(withoutId(json), Set.of(1L, 2L)));
    }

    private static Map<String, Object> withoutId(Map<String, Object> json) {
        Map<String, Object> m = new LinkedHashMap<>(json);
        m.remove("id");
        return m;
    }

    @Test
    void everyBadFieldIsNamed() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", " ");
        body.put("kind", "half");
        body.put("target", Map.of("type", "services", "ids", List.of(1, 9)));
        body.put("combine", true);
        body.put("conditions", Map.of("validFrom", "2026-05-01", "validTo", "2026-04-01", "weekdays", List.of("funday"),
                "hours", Map.of("from", "25:00", "to", "10:00"), "channels", List.of("phone"),
                "spendTiers", List.of(Map.of("minSpent", 500, "value", 100), Map.of("minSpent", 100, "value", 200)),
                "birthday", Map.of("daysBefore", 100)));
        Map<String, String> e = errors(body);
        assertEquals(Set.of("name", "kind", "target.ids[1]", "combine", "conditions.validTo", "conditions.weekdays[0]",
                "conditions.hours.from", "conditions.channels[0]", "conditions.spendTiers[1].minSpent",
                "conditions.birthday.daysBefore"), e.keySet());
        assertEquals("no such service in this salon", e.get("target.ids[1]"));
    }

    @Test
    void valueRangesFollowTheKindAndTiersReplaceTheValue() {
        assertEquals("must be from 1 to 10000", errors(Map.of("name", "x", "kind", "percent", "value", 10_001)).get("value"));
        assertEquals("must be a whole number", errors(Map.of("name", "x", "kind", "fixed", "value", 10.5)).get("value"));
        assertEquals("is required", errors(Map.of("name", "x", "kind", "fixed")).get("value"));
        assertEquals("leave it out when conditions.spendTiers are given: each tier carries its value", errors(Map.of("name", "x",
                "kind", "percent", "value", 5, "conditions", Map.of("spendTiers", List.of(Map.of("minSpent", 0, "value", 5))))).get("value"));
        assertEquals("needs spendTiers: it resets the spend they count", errors(Map.of("name", "x", "kind", "percent", "value", 5,
                "conditions", Map.of("tierResetDays", 30))).get("conditions.tierResetDays"));
        assertEquals("is required for a categories target", errors(Map.of("name", "x", "kind", "percent", "value", 5,
                "target", Map.of("type", "categories"))).get("target.categories"));
    }
}
