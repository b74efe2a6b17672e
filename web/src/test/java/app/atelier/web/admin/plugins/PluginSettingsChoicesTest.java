package app.atelier.web.admin.plugins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A setting with choices is offered in words from the plugin's bundle; the value sent is still the choice itself. */
class PluginSettingsChoicesTest {

    @Test
    void choicesInWordsValuesAsTheyAre(@TempDir Path root) {
        PluginJars.install(root.resolve("plugins"), "booking");
        try (TestServer server = TestServer.start(root)) {
            SalonFixture salon = SalonFixture.create(server, "choices", List.of("booking"));
            PanelClient panel = PanelClient.session(server, salon.ownerEmail(), "owner-secret-1");
            Page page = panel.get("/admin/plugins");
            assertTrue(page.body().contains("<option value=\"log\" ") && page.body().contains(">журнал приложения (для пробы)</option>"),
                    "the Russian words for the choice: " + page.body());
            assertTrue(page.body().contains(">SMS через шлюз салона</option>"));

        }
    }
}
