package app.atelier.plugins.discounts.manual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ManualRequestTest {

    private static String refusal(Object manual, String role) {
        ManualRequest.Decision d = ManualRequest.decide(manual, role);
        assertNull(d.request());
        return d.refusal().replace("Manual discount not given: ", "");
    }

    @Test
    void onlyOwnersAndAdministratorsWithAReasonGiveOne() {
        assertEquals(new ManualRequest(1000L, null, "birthday"), ManualRequest.decide(Map.of("percent", 1000, "reason", " birthday "),
                "admin").request());
        assertEquals(new ManualRequest(null, 5000L, "x"), ManualRequest.decide(Map.of("amount", 5000, "reason", "x"), "owner").request());
        assertEquals("only the owner or an administrator may give one (this request comes from a master)",
                refusal(Map.of("percent", 1000, "reason", "x"), "master"));
        assertEquals("only the owner or an administrator may give one", refusal(Map.of("percent", 1000, "reason", "x"), null));
        assertEquals("a reason is required", refusal(Map.of("percent", 1000), "owner"));
        assertEquals("a reason is required", refusal(Map.of("percent", 1000, "reason", "  "), "owner"));
        assertEquals("give either percent (basis points) or amount (minor units)",
                refusal(Map.of("percent", 1000, "amount", 5, "reason", "x"), "owner"));
        assertEquals("give either percent (basis points) or amount (minor units)", refusal(Map.of("reason", "x"), "owner"));
        assertEquals("percent must be a whole number of basis points from 1 to 10000",
                refusal(Map.of("percent", 10.5, "reason", "x"), "owner"));
        assertEquals("percent must be a whole number of basis points from 1 to 10000",
                refusal(Map.of("percent", 10_001, "reason", "x"), "owner"));
        assertEquals("amount must be a positive whole number of minor units", refusal(Map.of("amount", -1, "reason", "x"), "owner"));
        assertEquals("\"manual\" must be an object with percent or amount and a reason", refusal("10%", "owner"));
        assertEquals("the reason must be at most 200 characters", refusal(Map.of("amount", 1, "reason", "r".repeat(201)), "owner"));
        ManualRequest.Decision none = ManualRequest.decide(null, "owner");
        assertNull(none.request());
        assertNull(none.refusal());
    }
}
