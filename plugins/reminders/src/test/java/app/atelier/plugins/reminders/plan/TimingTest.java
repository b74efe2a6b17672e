package app.atelier.plugins.reminders.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.settings.SettingField;
import app.atelier.api.settings.SettingsValues;
import app.atelier.plugins.reminders.RemindersSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TimingTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static RemindersSettings settings(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        for (SettingField f : RemindersSettings.SCHEMA.fields()) {
            values.put(f.key(), f.defaultValue());
        }
        values.putAll(overrides);
        return RemindersSettings.of(new SettingsValues(values));
    }

    static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @Test
    void aBookedVisitGetsItsRequestRemindersAndDeadline() {
        RemindersSettings s = settings(Map.of("reminderOffsets", "24h,2h", "confirmationDeadline", "true",
                "confirmationDeadlineHours", "6"));
        Instant start = berlin("2026-03-29T18:00");
        List<Intent> intents = Timing.timed(s, 7, 42, start, "booked", BERLIN, berlin("2026-03-20T12:00"));
        assertEquals(List.of("confirmation_request/1d", "reminder/24h", "reminder/2h", "confirmation_deadline/6h"),
                intents.stream().map(i -> i.kind().key() + "/" + i.slot()).toList());
        assertTrue(intents.stream().allMatch(i -> i.skipReason() == null));
        assertEquals(berlin("2026-03-28T18:00"), intents.get(0).dueAt());
        assertEquals(berlin("2026-03-29T12:00"), intents.get(0).expiresAt(), "a request is pointless after the cutoff");
        assertEquals(start, intents.get(1).expiresAt());
        assertEquals(berlin("2026-03-29T12:00"), intents.get(3).dueAt());
    }

    @Test
    void aConfirmedVisitOnlyGetsReminders() {
        List<Intent> intents = Timing.timed(settings(Map.of("confirmationDeadline", "true")), 7, 42, berlin("2026-03-29T18:00"),
                "confirmed", BERLIN, berlin("2026-03-20T12:00"));
        assertEquals(List.of(Kind.REMINDER), intents.stream().map(Intent::kind).toList());
        assertTrue(Timing.timed(settings(Map.of()), 7, 42, berlin("2026-03-29T18:00"), "cancelled", BERLIN,
                berlin("2026-03-20T12:00")).isEmpty());
    }

    @Test
    void whatWasDueBeforeTheBookingIsRecordedAsSkipped() {
        RemindersSettings s = settings(Map.of("reminderOffsets", "24h,2h", "confirmationDeadline", "true",
                "confirmationDeadlineHours", "6"));
        List<Intent> intents = Timing.timed(s, 7, 42, berlin("2026-03-29T18:00"), "booked", BERLIN, berlin("2026-03-29T13:00"));
        assertEquals(Timing.BOOKED_TOO_LATE, intents.get(0).skipReason());
        assertEquals(Timing.BOOKED_TOO_LATE, intents.get(1).skipReason());
        assertNull(intents.get(2).skipReason(), "the 2 h reminder is still ahead");
        assertEquals("the visit was booked or moved after the cutoff", intents.get(3).skipReason());
    }

    @Test
    void aRequestThatWouldComeAfterTheCutoffIsNotPlanned() {
        RemindersSettings s = settings(Map.of("confirmationOffset", "4h", "confirmationDeadline", "true",
                "confirmationDeadlineHours", "6"));
        Intent request = Timing.timed(s, 7, 42, berlin("2026-03-29T18:00"), "booked", BERLIN, berlin("2026-03-20T12:00")).get(0);
        assertEquals("it would come after the confirmation cutoff", request.skipReason());
    }

    @Test
    void dedupKeysNameKindVisitSlotAndForTimedOnesTheStart() {
        Intent reminder = Timing.timed(settings(Map.of()), 7, 42, Instant.ofEpochSecond(1_800_000_000L), "confirmed", BERLIN,
                Instant.ofEpochSecond(1_700_000_000L)).get(0);
        assertEquals("reminders:reminder:42:2h@1800000000", reminder.dedupKey());
        Intent moved = Timing.timed(settings(Map.of()), 7, 42, Instant.ofEpochSecond(1_800_003_600L), "confirmed", BERLIN,
                Instant.ofEpochSecond(1_700_000_000L)).get(0);
        assertNotEquals(reminder.dedupKey(), moved.dedupKey());
        assertEquals("reminders:booking_confirmation:42:-",
                Timing.bookingConfirmation(7, 42, Instant.ofEpochSecond(1_800_000_000L), Instant.EPOCH).dedupKey());
        assertEquals("reminders:birthday:c7:2026", Timing.birthday(7, LocalDate.of(1990, 3, 29), LocalDate.of(2026, 3, 29),
                Instant.EPOCH, BERLIN).orElseThrow().dedupKey());
    }

    @Test
    void lateCancellationIsCloserToTheStartThanTheSetting() {
        RemindersSettings s = settings(Map.of("lateCancellationHours", "24"));
        Instant start = berlin("2026-03-29T10:00");
        assertTrue(Timing.lateCancellation(s, start, start.minus(Duration.ofHours(23))));
        assertFalse(Timing.lateCancellation(s, start, start.minus(Duration.ofHours(24))));
        assertTrue(Timing.lateCancellation(s, start, start.plus(Duration.ofHours(1))), "after the start is late too");
    }

    @Test
    void repeatInvitationsGoOnTheSalonDayAtTheMessageHour() {
        RemindersSettings s = settings(Map.of("messageHour", "11"));
        Instant visit = berlin("2026-03-25T23:00");
        Intent invitation = Timing.repeatInvitation(s, 7, 42, visit, 5, 30, berlin("2026-03-26T00:30"), BERLIN).orElseThrow();
        assertEquals(berlin("2026-04-24T11:00"), invitation.dueAt(), "counted from the visit's salon day");
        assertEquals("s5", invitation.slot());
        assertNull(invitation.skipReason());
        // 02:00 on 29 March does not exist in Berlin: the hour moves forward, it does not vanish
        Intent gap = Timing.repeatInvitation(settings(Map.of("messageHour", "2")), 7, 42, berlin("2026-03-28T12:00"), 5, 1,
                berlin("2026-03-28T13:00"), BERLIN).orElseThrow();
        assertEquals(berlin("2026-03-29T03:00"), gap.dueAt());
        assertTrue(Timing.repeatInvitation(s, 7, 42, visit, 5, 30, berlin("2026-05-01T10:00"), BERLIN).isEmpty(),
                "a visit completed after its invitation's day: no row at all");
    }

    @Test
    void historyTypedInDaysLaterGetsNoFollowUpOrReviewRequest() {
        RemindersSettings s = settings(Map.of());
        Instant start = berlin("2026-03-20T10:00");
        assertNull(Timing.followUp(s, 7, 42, start, start.plus(Duration.ofHours(2))).orElseThrow().skipReason());
        assertTrue(Timing.followUp(s, 7, 42, start, start.plus(Duration.ofDays(3))).isEmpty());
        assertNull(Timing.reviewRequest(s, 7, 42, start, start.plus(Duration.ofHours(1))).orElseThrow().skipReason());
        assertTrue(Timing.reviewRequest(s, 7, 42, start, start.plus(Duration.ofDays(5))).isEmpty());
    }

    @Test
    void aVisitThatHadBegunWhenItWasBookedGetsNothingTimedToItsStart() {
        RemindersSettings s = settings(Map.of("reminderOffsets", "24h,2h", "confirmationDeadline", "true"));
        Instant start = berlin("2026-03-20T10:00");
        assertTrue(Timing.timed(s, 7, 42, start, "booked", BERLIN, berlin("2026-06-01T12:00")).isEmpty(), "months ago");
        assertTrue(Timing.timed(s, 7, 42, start, "confirmed", BERLIN, start).isEmpty(), "at its very start");
        assertEquals(4, Timing.timed(s, 7, 42, start, "booked", BERLIN, start.minusSeconds(60)).size(),
                "a minute before: recorded as skipped, so the log tells why nothing came");
        assertTrue(Timing.begun(start, start.minusSeconds(60), start), "the event came late: the clock says it began");
        assertTrue(Timing.begun(start, start.plusSeconds(1), start.minusSeconds(60)));
        assertFalse(Timing.begun(start, start.minusSeconds(60), start.minusSeconds(1)));
    }

    @Test
    void leapDayBirthdaysAreCelebratedOnTheTwentyEighthInCommonYears() {
        LocalDate leap = LocalDate.of(2000, 2, 29);
        assertTrue(Timing.celebratedOn(leap, LocalDate.of(2027, 2, 28)));
        assertFalse(Timing.celebratedOn(leap, LocalDate.of(2027, 3, 1)));
        assertTrue(Timing.celebratedOn(leap, LocalDate.of(2028, 2, 29)));
        assertFalse(Timing.celebratedOn(leap, LocalDate.of(2028, 2, 28)));
        assertFalse(Timing.celebratedOn(LocalDate.of(1990, 2, 28), LocalDate.of(2028, 2, 29)));
    }

    @Property
    void everyClientIsGreetedOnExactlyOneDayAYear(@ForAll @IntRange(min = 0, max = 365) int dayOfYear,
                                                  @ForAll @IntRange(min = 2025, max = 2040) int year) {
        LocalDate birthday = LocalDate.ofYearDay(2000, dayOfYear + 1);
        long days = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(d -> Timing.celebratedOn(birthday, d)).count();
        assertEquals(1, days, birthday + " in " + year);
    }

    @Test
    void sleepingClientsByDaysOrByTheirOwnRhythm() {
        Instant now = berlin("2026-06-01T12:00");
        Instant last = now.minus(Duration.ofDays(50));
        assertFalse(Timing.sleeping(1, last, last, null, now, 90, 0), "50 days, one visit, no rhythm");
        assertTrue(Timing.sleeping(1, last, last, null, now, 40, 0));
        Instant first = last.minus(Duration.ofDays(60));  // three visits, 30 days apart
        assertTrue(Timing.sleeping(3, first, last, null, now, 90, 150), "50 > 1.5 × 30");
        assertFalse(Timing.sleeping(3, first, last, null, now, 90, 200), "50 < 2 × 30");
        assertFalse(Timing.sleeping(3, first, last, now.plus(Duration.ofDays(3)), now, 10, 150), "booked again");
        assertFalse(Timing.sleeping(0, null, null, null, now, 10, 150), "never came");
    }

    @Property
    void aClientWithAVisitBookedNeverSleeps(@ForAll @IntRange(min = 1, max = 50) int visits,
                                            @ForAll @IntRange(min = 1, max = 2000) int daysAgo,
                                            @ForAll @IntRange(min = 0, max = 1000) int pct) {
        Instant now = Instant.parse("2026-06-01T10:00:00Z");
        Instant last = now.minus(Duration.ofDays(daysAgo));
        assertFalse(Timing.sleeping(visits, last.minus(Duration.ofDays(visits)), last, now.plusSeconds(60), now, 14, pct));
    }
}
