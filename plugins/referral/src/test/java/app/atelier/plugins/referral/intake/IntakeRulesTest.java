package app.atelier.plugins.referral.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.data.ClientView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The pure parts of recording a referral: who counts as the same person, where a month starts. */
class IntakeRulesTest {
    private static ClientView client(long id, String phone, String email) {
        return new ClientView(id, 1, "Client " + id, phone, email, null, null, List.of(), true);
    }

    @Example
    void theSameClientPhoneOrEmailIsTheSamePerson() {
        assertEquals(Optional.of("own"), SelfReferral.shared(client(1, null, null), client(1, null, null)));
        assertEquals(Optional.of("phone number"),
                SelfReferral.shared(client(1, "+79161234567", null), client(2, "+79161234567", "x@y.z")));
        assertEquals(Optional.of("email"),
                SelfReferral.shared(client(1, null, "Anna@Mail.ru"), client(2, "+79160000000", " anna@mail.ru ")));
        assertEquals(Optional.empty(), SelfReferral.shared(client(1, "+79161234567", "a@b.c"), client(2, "+79167654321", "d@e.f")));
        // two clients without phone or email are not the same person for lacking them
        assertEquals(Optional.empty(), SelfReferral.shared(client(1, null, null), client(2, null, null)));
        assertEquals(Optional.empty(), SelfReferral.shared(client(1, "", " "), client(2, "", " ")));
    }

    @Property
    void aMonthStartsAtLocalMidnightOfItsFirstDay(@ForAll @LongRange(min = 1_600_000_000_000L, max = 2_000_000_000_000L) long millis) {
        for (String zone : List.of("Europe/Berlin", "Europe/Moscow", "America/Sao_Paulo", "Pacific/Chatham")) {
            ZoneId z = ZoneId.of(zone);
            Instant now = Instant.ofEpochMilli(millis);

            Instant start = ReferralService.monthStart(now, z);

            assertTrue(!start.isAfter(now));
            LocalDate local = start.atZone(z).toLocalDate();
            assertEquals(1, local.getDayOfMonth());
            assertEquals(now.atZone(z).toLocalDate().withDayOfMonth(1), local);
            assertEquals(LocalTime.MIDNIGHT, start.atZone(z).toLocalTime());
        }
    }

    @Example
    void theMonthFollowsTheSalonsZoneNotUtc() {
        // 23:30 UTC on 31 March is already 1 April 01:30 in Berlin (summer time from 29 March)
        Instant now = Instant.parse("2026-03-31T23:30:00Z");

        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), ReferralService.monthStart(now, ZoneId.of("Europe/Berlin")));
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), ReferralService.monthStart(now, ZoneId.of("UTC")));
    }

    @Example
    void publicMessagesNameClientsByFirstNameOnly() {
        ClientView anna = new ClientView(1, 1, "Anna Petrova", null, null, null, null, List.of(), true);
        assertEquals("Anna", ReferralService.name(anna, true));
        assertEquals("Anna Petrova", ReferralService.name(anna, false));
    }
}
