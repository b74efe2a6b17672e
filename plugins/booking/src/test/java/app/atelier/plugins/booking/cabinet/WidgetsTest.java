package app.atelier.plugins.booking.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.api.web.Widget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WidgetsTest {

    @Test
    void rowsPreferThePluginsOwnFormatting() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("balance", 12000);
        data.put("balanceText", "120 ₽");
        data.put("nextExpiryAt", "2027-01-01");
        data.put("brought", List.of(Map.of("name", "Olga")));
        Map<String, Object> json = Widgets.json(new Widget("bonus", "Bonus", data));
        assertEquals(List.of(Map.of("label", "Balance", "value", "120 ₽"), Map.of("label", "Brought", "value", "Name: Olga"),
                Map.of("label", "Next expiry at", "value", "2027-01-01")), json.get("rows"));
        assertEquals(data, json.get("data"));
    }
}
