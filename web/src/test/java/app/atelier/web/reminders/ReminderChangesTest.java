package app.atelier.web.reminders;

import static app.atelier.web.reminders.ReminderSalon.local;
import static app.atelier.web.testing.SalonFixture.ok;
import static app.atelier.web.testing.SalonFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Visits change after planning: moved, cancelled, answered by the client; consent and addresses; the salon's own texts. */
class ReminderChangesTest {
    @TempDir
    Path root;
    TestServer server;
    ReminderSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "reminders");
        server = TestServer.start(root, new MutableClock(local("2026-03-25T12:00")));
        salon = ReminderSalon.create(server, "changes", "en", List.of("reminders"));
        salon.settings("reminders", Map.of("reminderOffsets", "24h,2h"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void reschedulingMovesWhatIsPlannedAndPlansAgainWhatWasAlreadySent() {
        long anna = salon.client("Anna", "+4915112345678", null, true, null);
        long visit = salon.book(anna, "2026-03-28T15:00");
        salon.drive();
        salon.reschedule(visit, "2026-03-30T11:00");
        salon.drive();
        assertEquals(4, salon.plan(visit).size(), "moved, not duplicated: " + salon.plan(visit));
        assertEquals("2026-03-29T11:00", salon.row(visit, "confirmation_request", "1d").get("dueLocal").asText());
        assertEquals("2026-03-29T11:00", salon.row(visit, "reminder", "24h").get("dueLocal").asText());
        assertEquals("2026-03-30T09:00", salon.row(visit, "reminder", "2h").get("dueLocal").asText());

        salon.at("2026-03-29T11:00");
        salon.drive();
        assertEquals("queued", salon.row(visit, "reminder", "24h").get("status").asText());
        salon.reschedule(visit, "2026-04-01T16:00");  // moved again after the 24 h reminder went out
        salon.drive();
        List<JsonNode> dayBefore = salon.plan(visit).stream().filter(r -> r.get("slot").asText().equals("24h")).toList();
        assertEquals(List.of("queued", "planned"), dayBefore.stream().map(r -> r.get("status").asText()).toList(), dayBefore.toString());
        assertEquals("2026-03-31T16:00", dayBefore.get(1).get("dueLocal").asText(), "a new reminder for the new time");
        assertEquals("2026-04-01T14:00", salon.row(visit, "reminder", "2h").get("dueLocal").asText());

        salon.at("2026-03-31T16:00");
        salon.relogin();
        salon.drive();
        String text = salon.bodyOf(salon.plan(visit).stream().filter(r -> r.get("slot").asText().equals("24h")).toList().get(1));
        assertTrue(text.contains("Wednesday, 1 April at 16:00"), text);
    }

    @Test
    void cancellingDropsEverythingPlanned() {
        long anna = salon.client("Anna", "+4915112345678", null, true, null);
        long visit = salon.book(anna, "2026-03-28T15:00");
        salon.drive();
        salon.visitAction(visit, "cancel");
        salon.drive();
        for (JsonNode row : salon.plan(visit)) {
            if (!row.get("kind").asText().equals("booking_confirmation")) {
                assertEquals("cancelled", row.get("status").asText(), row.toString());
                assertEquals("the visit was cancelled", row.get("reason").asText());
            }
        }
        salon.at("2026-03-28T14:00");
        salon.drive();
        assertEquals(1, salon.messages(anna).size(), "only the confirmation sent at booking");
    }

    @Test
    void withoutConsentOrAddressNothingIsQueuedAndTheReasonIsKept() {
        long silent = salon.client("Silent", "+4915112345678", null, false, null);
        long noMail = salon.client("No Mail", "+4915187654321", null, true, null);
        ok(server.call("PUT", "/api/v1/reminders/clients/" + noMail + "/channel", salon.token(), Map.of("channel", "email")), 200);
        long first = salon.book(silent, "2026-03-28T15:00");
        long second = salon.book(noMail, "2026-03-28T17:00");
        salon.drive();
        salon.at("2026-03-28T14:30");  // everything of the first visit is due
        salon.drive();
        assertEquals(0, salon.messages(silent).size());
        assertEquals(0, salon.messages(noMail).size());
        for (JsonNode row : salon.plan(first)) {
            assertEquals("skipped", row.get("status").asText(), row.toString());
            assertEquals("no consent", row.get("reason").asText());
        }
        JsonNode mail = salon.row(second, "booking_confirmation", "-");
        assertEquals("skipped", mail.get("status").asText());
        assertEquals("the client has no email address for channel email", mail.get("reason").asText());
        JsonNode history = ok(salon.get("/api/v1/reminders/clients/" + silent), 200);
        assertEquals(false, history.get("consent").asBoolean());
        assertEquals(4, history.get("rows").size());
        problem(server.call("PUT", "/api/v1/reminders/clients/" + noMail + "/channel", salon.token(), Map.of("channel", "pigeon")), 400);
    }

    @Test
    void theClientCancelsThroughTheLinkAndTheLinkIsBoundToItsSalon() {
        long anna = salon.client("Anna", "+4915112345678", null, true, null);
        long visit = salon.book(anna, "2026-03-28T15:00");
        salon.drive();
        String cancel = ReminderSalon.link(salon.bodyOf(salon.row(visit, "booking_confirmation", "-")), "action=cancel");
        TestServer.Reply page = server.call("GET", cancel + "?action=cancel", null, null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Saturday, 28 March, 15:00") && page.body().contains("Cancel the visit"), page.body());
        assertEquals("booked", salon.status(visit));

        ReminderSalon other = ReminderSalon.create(server, "other", "en", List.of("reminders"));
        String foreign = cancel.replace("/s/changes/", "/s/other/");
        assertEquals(404, server.call("GET", foreign, null, null).status(), "a link only works for its own salon");
        assertEquals(404, other.form(foreign, "action=cancel").status());
        assertEquals(404, server.call("GET", cancel.substring(0, cancel.length() - 3) + "abc", null, null).status());
        assertEquals(400, salon.form(cancel, "action=maybe").status());

        TestServer.Reply done = salon.form(cancel, "action=cancel");
        assertEquals(200, done.status());
        assertTrue(done.body().contains("Your visit is cancelled"), done.body());
        assertEquals("cancelled", salon.status(visit));
        salon.drive();
        assertEquals("cancelled", salon.row(visit, "reminder", "2h").get("status").asText());
        JsonNode json = ok(server.call("POST", "/api/v1/public/changes" + cancel.substring("/s/changes".length()), null,
                Map.of("action", "confirm")), 200);
        assertEquals("closed", json.get("outcome").asText(), "a cancelled visit cannot be confirmed: " + json);
        problem(other.get("/api/v1/reminders/visits/" + visit), 404);
    }

    @Test
    void templatesAreCheckedPreviewedUsedAndReset() {
        JsonNode shipped = ok(salon.get("/api/v1/reminders/templates/reminder/en"), 200);
        assertEquals(false, shipped.get("custom").asBoolean());
        assertTrue(shipped.get("placeholders").toString().contains("\"master\""));

        Reply refused = server.call("PUT", "/api/v1/reminders/templates/reminder/en", salon.token(),
                Map.of("subject", "See you", "body", "Hi {clientNmae}, {date} at {time}"));
        problem(refused, 400);
        JsonNode typo = refused.json();
        assertTrue(typo.toString().contains("{clientNmae}") && typo.toString().contains("body"), typo.toString());
        problem(server.call("PUT", "/api/v1/reminders/templates/birthday/en", salon.token(),
                Map.of("subject", "Happy birthday", "body", "See you on {date}")), 400);
        problem(server.call("PUT", "/api/v1/reminders/templates/reminder/en", salon.token(), Map.of("subject", "", "body", "x")), 400);
        problem(server.call("PUT", "/api/v1/reminders/templates/nonsense/en", salon.token(), Map.of("subject", "a", "body", "b")), 400);
        problem(server.call("PUT", "/api/v1/reminders/templates/reminder/English", salon.token(), Map.of("subject", "a", "body", "b")), 400);

        ok(server.call("PUT", "/api/v1/reminders/templates/booking_confirmation/en", salon.token(),
                Map.of("subject", "Booked: {date}", "body", "{clientName}: {weekday} {date} {time}, {master}. {confirmLink}")), 200);
        long anna = salon.client("Anna", "+4915112345678", null, true, null);
        long visit = salon.book(anna, "2026-03-28T15:00");
        salon.drive();
        String text = salon.bodyOf(salon.row(visit, "booking_confirmation", "-"));
        assertTrue(text.startsWith("Anna: Saturday 28 March 15:00, Vera. http://localhost:7070/s/changes/reminders/confirm/"), text);

        JsonNode real = ok(server.call("POST", "/api/v1/reminders/templates/preview", salon.token(),
                Map.of("kind", "reminder", "visitId", visit)), 200);
        assertEquals("Anna, a reminder: your visit to Salon changes is on Saturday, 28 March at 15:00 with Vera.",
                real.get("body").asText());
        JsonNode sample = ok(server.call("POST", "/api/v1/reminders/templates/preview", salon.token(),
                Map.of("kind", "reminder", "body", "{clientName} / {master} / {time}")), 200);
        assertEquals("Anna Smith / Vera / 15:00", sample.get("body").asText());
        problem(server.call("POST", "/api/v1/reminders/templates/preview", salon.token(),
                Map.of("kind", "reminder", "body", "{nope}")), 400);
        JsonNode russian = ok(server.call("POST", "/api/v1/reminders/templates/preview", salon.token(),
                Map.of("kind", "reminder", "lang", "ru", "visitId", visit)), 200);
        assertTrue(russian.get("body").asText().contains("суббота, 28 марта, в 15:00"), russian.toString());

        ok(server.call("DELETE", "/api/v1/reminders/templates/booking_confirmation/en", salon.token(), null), 200);
        assertEquals(false, ok(salon.get("/api/v1/reminders/templates/booking_confirmation/en"), 200).get("custom").asBoolean());
    }

    @Test
    void mastersMayNotManageAndAnotherSalonSeesNothing() {
        long anna = salon.client("Anna", "+4915112345678", null, true, null);
        long visit = salon.book(anna, "2026-03-28T15:00");
        salon.drive();
        ok(server.call("POST", "/api/v1/users", salon.token(), Map.of("email", "vera@changes.test", "password", "master-secret-1",
                "role", "master", "staffId", salon.staffId)), 201);
        String master = server.login("vera@changes.test", "master-secret-1");
        problem(server.call("GET", "/api/v1/reminders/visits/" + visit, master, null), 403);
        problem(server.call("PUT", "/api/v1/reminders/templates/reminder/en", master, Map.of("subject", "a", "body", "b")), 403);
        ok(server.call("GET", "/api/v1/reminders/templates/reminder/en", master, null), 200);

        ReminderSalon other = ReminderSalon.create(server, "elsewhere", "en", List.of("reminders"));
        problem(other.get("/api/v1/reminders/visits/" + visit), 404);
        problem(other.get("/api/v1/reminders/clients/" + anna), 404);
        problem(server.call("POST", "/api/v1/reminders/templates/preview", other.token(), Map.of("kind", "reminder", "visitId", visit)), 404);
        assertEquals(0, ok(other.get("/api/v1/reminders/due?date=2026-03-25"), 200).get("rows").size());
        List<JsonNode> today = ReminderSalon.list(ok(salon.get("/api/v1/reminders/due"), 200).get("rows"));
        assertEquals(List.of("booking_confirmation"), today.stream().map(r -> r.get("kind").asText()).toList(),
                "today (25 March) only the confirmation; the rest is due on the 27th and 28th");
        List<JsonNode> friday = ReminderSalon.list(ok(salon.get("/api/v1/reminders/due?date=2026-03-27"), 200).get("rows"));
        assertEquals(List.of("confirmation_request", "reminder"), friday.stream().map(r -> r.get("kind").asText()).toList());
        problem(salon.get("/api/v1/reminders/due?date=tomorrow"), 400);
    }

    @Test
    void messagesAreInTheSalonsLanguageOrInEnglishWhenNoneIsShipped() {
        ReminderSalon moscow = ReminderSalon.create(server, "ru-salon", "ru", List.of("reminders"));
        long anna = moscow.client("Анна", "+79161234567", null, true, null);
        long annas = moscow.book(anna, "2026-03-28T15:00");
        ReminderSalon munich = ReminderSalon.create(server, "de-salon", "de", List.of("reminders"));
        long jonas = munich.client("Jonas", "+4915112345678", null, true, null);
        long jonass = munich.book(jonas, "2026-03-28T15:00");
        salon.drive();
        String ru = moscow.bodyOf(moscow.row(annas, "booking_confirmation", "-"));
        assertTrue(ru.startsWith("Здравствуйте, Анна! Вы записаны в Salon ru-salon: суббота, 28 марта, в 15:00, мастер Vera."), ru);
        String de = munich.bodyOf(munich.row(jonass, "booking_confirmation", "-"));
        assertTrue(de.startsWith("Hello, Jonas! You are booked at Salon de-salon on Saturday, 28 March at 15:00 with Vera.\nConfirm: "),
                de);
    }
}
