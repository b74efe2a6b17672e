package app.atelier.web.reminders;

import static app.atelier.web.reminders.ReminderSalon.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When each kind of message goes, in Europe/Berlin across the switch to summer time (29 March
 * 2026, 02:00 → 03:00), with the host's quiet hours (21:00–09:00 salon time) in force.
 */
class ReminderTimingTest {
    @TempDir
    Path root;
    TestServer server;
    ReminderSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "reminders");
        server = TestServer.start(root, new MutableClock(local("2026-03-25T12:00")));
        salon = ReminderSalon.create(server, "berlin", "en", List.of("reminders"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void confirmationAtOnceThenRequestAndRemindersAtTheirTimesAcrossTheDstChange() {
        salon.settings("reminders", Map.of("reminderOffsets", "24h, 2h", "confirmationOffset", "1d"));
        long anna = salon.client("Anna", "+4915112345678", null, true, null);
        long visit = salon.book(anna, "2026-03-29T10:00");  // Sunday, the first day of summer time
        salon.drive();

        List<JsonNode> log = salon.messages(anna);
        assertEquals(1, log.size(), "the booking confirmation, at once: " + log);
        assertEquals("SENT", log.get(0).get("status").asText().toUpperCase());
        assertEquals("log", log.get(0).get("channel").asText());
        assertEquals("queued", salon.row(visit, "booking_confirmation", "-").get("status").asText());

        // "1d" is the same wall time the day before (a 23-hour day here); "24h" is 24 hours of elapsed time
        assertEquals("2026-03-28T10:00", salon.row(visit, "confirmation_request", "1d").get("dueLocal").asText());
        assertEquals("2026-03-28T09:00", salon.row(visit, "reminder", "24h").get("dueLocal").asText());
        assertEquals("2026-03-29T08:00", salon.row(visit, "reminder", "2h").get("dueLocal").asText());

        salon.at("2026-03-28T08:59");
        salon.drive();
        assertEquals(1, salon.messages(anna).size(), "nothing before its time");

        // the sending task runs every five minutes: the 08:59 run was the last before 09:00
        salon.at("2026-03-28T09:00");
        salon.drive();
        assertEquals("planned", salon.row(visit, "reminder", "24h").get("status").asText());
        salon.at("2026-03-28T09:04");
        salon.drive();
        assertEquals("queued", salon.row(visit, "reminder", "24h").get("status").asText());
        assertEquals(2, salon.messages(anna).size());

        salon.at("2026-03-28T10:00");
        salon.drive();
        JsonNode request = salon.row(visit, "confirmation_request", "1d");
        assertEquals("queued", request.get("status").asText());
        assertEquals(3, salon.messages(anna).size());

        // the 2 h reminder is due at 08:00, inside the quiet hours: the host holds it until 09:00,
        // which is still before the visit (10:00), so it goes then
        salon.at("2026-03-29T08:00");
        salon.drive();
        JsonNode held = salon.messages(anna).get(0);
        assertEquals("PENDING", held.get("status").asText().toUpperCase(), held.toString());
        assertEquals(local("2026-03-29T09:00").toString(), held.get("nextAttemptAt").asText());
        salon.at("2026-03-29T09:00");
        salon.drive();
        assertEquals("SENT", salon.messages(anna).get(0).get("status").asText().toUpperCase());
        assertEquals(4, salon.messages(anna).size());
        assertTrue(salon.messages(anna).stream().allMatch(m -> m.get("status").asText().equalsIgnoreCase("sent")));
    }

    @Test
    void quietHoursHoldANightBookingsConfirmationAndDropAReminderThatWouldComeAfterTheVisit() {
        salon.settings("reminders", Map.of("reminderOffsets", "2h", "confirmationRequest", false));
        long anna = salon.client("Anna", "+4915112345678", null, true, null);

        salon.at("2026-03-25T22:30");
        long late = salon.book(anna, "2026-03-26T10:00");
        salon.drive();
        JsonNode confirmation = salon.messageOf(salon.row(late, "booking_confirmation", "-"));
        assertEquals("PENDING", confirmation.get("status").asText().toUpperCase(), "held overnight: " + confirmation);
        assertEquals(local("2026-03-26T09:00").toString(), confirmation.get("nextAttemptAt").asText());

        long early = salon.book(anna, "2026-03-30T08:30");  // the 2 h reminder is due at 06:30, in the quiet hours
        salon.at("2026-03-26T09:00");
        salon.drive();
        assertEquals("SENT", salon.messageOf(salon.row(late, "booking_confirmation", "-")).get("status").asText().toUpperCase());
        assertEquals("2026-03-30T06:30", salon.row(early, "reminder", "2h").get("dueLocal").asText());

        salon.at("2026-03-30T06:30");
        salon.drive();
        JsonNode reminder = salon.row(early, "reminder", "2h");
        assertEquals("queued", reminder.get("status").asText());
        assertEquals(local("2026-03-30T08:30").toString(), reminder.get("expiresAt").asText(), "a reminder expires at the start");
        JsonNode dropped = salon.messageOf(reminder);
        assertEquals("SKIPPED", dropped.get("status").asText().toUpperCase(), "09:00 would be after the visit: " + dropped);
        assertTrue(dropped.get("lastError").asText().contains("quiet hours"), dropped.toString());
    }

    @Test
    void anUnconfirmedVisitIsCancelledAtTheCutoffAndAConfirmedOneIsKept() {
        salon.settings("reminders", Map.of("confirmationDeadline", true, "confirmationDeadlineHours", 6, "reminders", false,
                "bookingConfirmation", false));
        long anna = salon.client("Anna", "+4915112345678", null, true, null);
        long boris = salon.client("Boris", "+4915187654321", null, true, null);
        long annas = salon.book(anna, "2026-03-27T18:00");
        long boriss = salon.book(boris, "2026-03-27T19:00");
        salon.drive();
        assertEquals("2026-03-27T12:00", salon.row(annas, "confirmation_deadline", "6h").get("dueLocal").asText());
        JsonNode request = salon.row(annas, "confirmation_request", "1d");
        assertEquals("2026-03-26T18:00", request.get("dueLocal").asText());
        assertEquals(local("2026-03-27T12:00").toString(), request.get("expiresAt").asText(), "pointless after the cutoff");

        salon.at("2026-03-26T18:00");
        salon.drive();
        salon.at("2026-03-26T19:00");
        salon.drive();
        String link = ReminderSalon.link(salon.bodyOf(salon.row(boriss, "confirmation_request", "1d")), null);
        assertEquals(200, salon.server.call("GET", link, null, null).status());
        assertEquals("booked", salon.status(boriss), "opening the link changes nothing");
        assertEquals(200, salon.form(link, "action=confirm").status());
        assertEquals("confirmed", salon.status(boriss));
        salon.drive();

        List<JsonNode> unconfirmed = ReminderSalon.list(SalonFixture.ok(salon.get("/api/v1/reminders/unconfirmed"), 200).get("visits"));
        assertEquals(List.of(annas), unconfirmed.stream().map(v -> v.get("visitId").asLong()).toList());
        assertEquals("2026-03-27T18:00", unconfirmed.get(0).get("startLocal").asText());

        salon.at("2026-03-27T12:00");
        salon.drive();
        salon.drive();
        assertEquals("cancelled", salon.status(annas));
        JsonNode deadline = salon.row(annas, "confirmation_deadline", "6h");
        assertEquals("done", deadline.get("status").asText(), deadline.toString());
        assertTrue(salon.bodyOf(deadline).contains("not confirmed in time"), salon.bodyOf(deadline));
        assertTrue(salon.plan(annas).stream().noneMatch(r -> r.get("kind").asText().equals("follow_up")),
                "the salon's own cancellation is no late cancellation by the client");
        assertEquals("confirmed", salon.status(boriss));
        JsonNode kept = salon.row(boriss, "confirmation_deadline", "6h");
        assertEquals("skipped", kept.get("status").asText());
        assertEquals("the client confirmed the visit", kept.get("reason").asText());
    }

    @Test
    void aFollowUpAfterANoShowOrALateCancellationOnlyWhenNothingIsBooked() {
        salon.settings("reminders", Map.of("bookingConfirmation", false, "confirmationRequest", false, "reminders", false,
                "followUpDelayHours", 3, "lateCancellationHours", 24));
        long anna = salon.client("Anna", "+4915112345678", null, true, null);
        long boris = salon.client("Boris", "+4915187654321", null, true, null);
        long clara = salon.client("Clara", "+4915100000001", null, true, null);
        long missed = salon.book(anna, "2026-03-26T10:00");
        long lateCancelled = salon.book(boris, "2026-03-26T16:00");
        salon.book(boris, "2026-04-10T16:00");
        long earlyCancelled = salon.book(clara, "2026-03-28T10:00");
        salon.drive();

        salon.at("2026-03-26T09:00");
        salon.visitAction(lateCancelled, "cancel");  // 7 hours before: late
        salon.visitAction(earlyCancelled, "cancel");  // 49 hours before: in time
        salon.drive();
        salon.at("2026-03-26T11:30");
        salon.visitAction(missed, "no-show");
        salon.drive();
        assertEquals("2026-03-26T14:30", salon.row(missed, "follow_up", "-").get("dueLocal").asText());
        assertEquals("2026-03-26T12:00", salon.row(lateCancelled, "follow_up", "-").get("dueLocal").asText());
        assertTrue(salon.plan(earlyCancelled).stream().noneMatch(r -> r.get("kind").asText().equals("follow_up")));

        salon.at("2026-03-26T12:00");
        salon.drive();
        JsonNode borisFollowUp = salon.row(lateCancelled, "follow_up", "-");
        assertEquals("skipped", borisFollowUp.get("status").asText());
        assertEquals("the client has a visit booked", borisFollowUp.get("reason").asText());
        assertEquals(0, salon.messages(boris).size());

        salon.at("2026-03-26T14:30");
        salon.drive();
        JsonNode annaFollowUp = salon.row(missed, "follow_up", "-");
        assertEquals("queued", annaFollowUp.get("status").asText());
        assertTrue(salon.bodyOf(annaFollowUp).startsWith("Anna, we missed you at Salon berlin on 26 March"), salon.bodyOf(annaFollowUp));
        assertEquals(1, salon.messages(anna).size());
    }

    @Test
    void historyTypedInAfterTheVisitsPlansNothingAndTodayListsOnlyWhatIsAhead() {
        // the demo seeds half a year of visits through the real booking: none of them may plan messages
        salon.settings("reminders", Map.of("reminderOffsets", "24h, 2h", "confirmationDeadline", true,
                "reviewUrl", "https://reviews.example/salon-berlin"));
        salon.inviteAfter(30);
        long anna = salon.client("Anna", "+4915112345678", null, true, null);
        long boris = salon.client("Boris", "+4915187654321", null, true, null);
        long monthsAgo = salon.book(anna, "2025-10-01T10:00");
        long anHourAgo = salon.book(anna, "2026-03-25T11:00");
        long missed = salon.book(boris, "2026-03-10T10:00");
        long cancelledLate = salon.book(boris, "2026-03-11T10:00");
        long ahead = salon.book(boris, "2026-03-25T13:00");
        salon.drive();
        salon.payInFull(monthsAgo);
        salon.visitAction(missed, "no-show");
        salon.visitAction(cancelledLate, "cancel");
        salon.drive();

        for (long visit : List.of(monthsAgo, anHourAgo, missed, cancelledLate)) {
            assertEquals(List.of(), salon.plan(visit), "nothing planned for visit " + visit + " that had begun");
        }
        assertEquals(0, salon.messages(anna).size());
        // a visit still ahead: its confirmation goes, and the reminders already past are kept as skipped, with the reason
        assertEquals("queued", salon.row(ahead, "booking_confirmation", "-").get("status").asText());
        JsonNode late = salon.row(ahead, "reminder", "2h");
        assertEquals("skipped", late.get("status").asText());
        assertTrue(late.get("reason").asText().startsWith("its time had passed"), late.toString());

        List<JsonNode> today = ReminderSalon.list(SalonFixture.ok(salon.get("/api/v1/reminders/due"), 200).get("rows"));
        assertTrue(today.stream().allMatch(r -> r.get("visitId").asLong() == ahead), "only the visit ahead: " + today);

        // a visit that began an hour ago and is completed now is real: its review request and invitation are planned
        salon.payInFull(anHourAgo);
        salon.drive();
        assertEquals("planned", salon.row(anHourAgo, "review_request", "-").get("status").asText());
        assertEquals("planned", salon.row(anHourAgo, "repeat_invitation", "s" + salon.serviceId).get("status").asText());
    }

    @Test
    void aNoShowGetsOnlyTheMissedYouFollowUpAndACancellationNothingAskingHowItWas() {
        // review page and repeat interval set: were a no-show or a cancellation treated as a visit, they would show
        salon.settings("reminders", Map.of("bookingConfirmation", false, "confirmationRequest", false, "reminders", false,
                "reviewUrl", "https://reviews.example/salon-berlin", "followUpDelayHours", 3, "lateCancellationHours", 24));
        salon.inviteAfter(30);
        long anna = salon.client("Anna", "+4915112345678", null, true, null);
        long boris = salon.client("Boris", "+4915187654321", null, true, null);
        long missed = salon.book(anna, "2026-03-26T10:00");
        long cancelled = salon.book(boris, "2026-03-26T16:00");
        salon.drive();
        salon.at("2026-03-26T09:00");
        salon.visitAction(cancelled, "cancel");  // 7 hours before: late, so a follow-up and nothing else
        salon.at("2026-03-26T11:00");
        salon.visitAction(missed, "no-show");
        salon.drive();

        for (long visit : List.of(missed, cancelled)) {
            List<String> kinds = salon.plan(visit).stream().map(r -> r.get("kind").asText()).toList();
            assertEquals(List.of("follow_up"), kinds, "visit " + visit);
        }
        salon.at("2026-04-30T12:00");  // past every review delay and the 30-day invitation
        salon.relogin();
        salon.drive();
        List<JsonNode> toAnna = salon.messages(anna);
        assertEquals(1, toAnna.size(), "one message after the no-show: " + toAnna);
        assertTrue(salon.bodyOf(salon.row(missed, "follow_up", "-")).startsWith("Anna, we missed you"));
        assertEquals(1, salon.messages(boris).size());

        salon.settings("reminders", Map.of("followUp", false));
        long again = salon.book(anna, "2026-05-04T10:00");
        salon.drive();
        salon.at("2026-05-04T12:00");
        salon.relogin();
        salon.visitAction(again, "no-show");
        salon.at("2026-05-10T12:00");
        salon.relogin();
        salon.drive();
        assertEquals(List.of(), salon.plan(again), "follow-ups switched off: nothing at all after a no-show");
        assertEquals(1, salon.messages(anna).size());
    }

    @Test
    void afterACompletedVisitAReviewRequestAndARepeatInvitationAcrossTheDstChange() {
        salon.settings("reminders", Map.of("bookingConfirmation", false, "confirmationRequest", false, "reminders", false,
                "reviewUrl", "https://reviews.example/salon-berlin", "reviewDelayHours", 3));
        salon.inviteAfter(30);
        long anna = salon.client("Anna", "+4915112345678", null, true, null);
        long boris = salon.client("Boris", "+4915187654321", null, true, null);
        long annas = salon.book(anna, "2026-03-25T13:00");
        long boriss = salon.book(boris, "2026-03-25T14:00");
        salon.at("2026-03-25T15:10");
        salon.payInFull(annas);
        salon.payInFull(boriss);
        salon.book(boris, "2026-05-20T10:00");  // Boris books again: no invitation for him
        salon.drive();

        assertEquals("2026-03-25T18:10", salon.row(annas, "review_request", "-").get("dueLocal").asText());
        // 30 salon days later at the message hour (11:00), in summer time now
        JsonNode invitation = salon.row(annas, "repeat_invitation", "s" + salon.serviceId);
        assertEquals("2026-04-24T11:00", invitation.get("dueLocal").asText());
        assertEquals(local("2026-04-24T11:00").toString(), invitation.get("dueAt").asText());

        salon.at("2026-03-25T18:10");
        salon.drive();
        String review = salon.bodyOf(salon.row(annas, "review_request", "-"));
        assertTrue(review.contains("https://reviews.example/salon-berlin"), review);

        salon.at("2026-04-24T11:00");
        salon.relogin();
        salon.drive();
        JsonNode sent = salon.row(annas, "repeat_invitation", "s" + salon.serviceId);
        assertEquals("queued", sent.get("status").asText());
        assertTrue(salon.bodyOf(sent).contains("time for your next Haircut"), salon.bodyOf(sent));
        JsonNode notSent = salon.row(boriss, "repeat_invitation", "s" + salon.serviceId);
        assertEquals("skipped", notSent.get("status").asText());
        assertEquals("the client has a visit booked", notSent.get("reason").asText());
    }

    @Test
    void birthdaysOncePerYearAtTheMessageHourAndSleepingClientsOncePerLastVisit() {
        salon.settings("reminders", Map.of("bookingConfirmation", false, "confirmationRequest", false, "reminders", false,
                "reviewRequest", false, "reactivation", true, "reactivationDays", 60));
        long dora = salon.client("Dora", "+4915100000002", null, true, "1990-03-29");
        long emil = salon.client("Emil", "+4915100000003", null, true, null);
        long fritz = salon.client("Fritz", "+4915100000004", null, true, null);
        salon.at("2026-01-10T10:00");
        salon.payInFull(salon.book(emil, "2026-01-10T10:00"));
        salon.payInFull(salon.book(fritz, "2026-01-10T12:00"));
        salon.book(fritz, "2026-04-02T12:00");  // Fritz has booked again: not sleeping

        salon.at("2026-03-25T12:00");
        salon.drive();
        salon.at("2026-03-25T12:05");
        salon.drive();
        List<JsonNode> emils = ReminderSalon.list(SalonFixture.ok(salon.get("/api/v1/reminders/clients/" + emil), 200).get("rows"));
        assertEquals(1, emils.size(), emils.toString());
        assertEquals("reactivation", emils.get(0).get("kind").asText());
        assertEquals("queued", emils.get(0).get("status").asText());
        assertTrue(salon.bodyOf(emils.get(0)).contains("since 10 January 2026"), salon.bodyOf(emils.get(0)));
        assertEquals(0, salon.messages(fritz).size());

        salon.at("2026-03-29T10:30");  // the birthday, before the message hour: planned for 11:00
        salon.drive();
        assertEquals(0, salon.messages(dora).size());
        salon.at("2026-03-29T11:00");
        salon.drive();
        assertEquals(1, salon.messages(dora).size(), "at the message hour");
        assertTrue(salon.body(salon.messages(dora).get(0).get("id").asLong()).startsWith("Happy birthday, Dora!"));
        salon.at("2026-03-29T15:00");
        salon.drive();
        salon.at("2026-03-30T11:30");
        salon.drive();
        assertEquals(1, salon.messages(dora).size(), "once");
        assertEquals(1, salon.messages(emil).size(), "one invitation per last visit");

        salon.at("2027-03-29T11:00");
        salon.relogin();
        salon.drive();
        salon.at("2027-03-29T11:05");
        salon.drive();
        assertEquals(2, salon.messages(dora).size(), "again the next year");
    }
}
