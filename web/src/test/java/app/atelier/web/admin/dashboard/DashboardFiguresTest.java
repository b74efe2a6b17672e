package app.atelier.web.admin.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.core.AtelierCore;
import app.atelier.core.catalog.ServiceInput;
import app.atelier.core.checkout.CheckoutRequest;
import app.atelier.core.checkout.Payment;
import app.atelier.core.clients.ClientInput;
import app.atelier.core.dashboard.DayFigures;
import app.atelier.core.staff.StaffInput;
import app.atelier.core.visits.BookingRequest;
import app.atelier.core.visits.ItemRequest;
import app.atelier.web.testing.MutableClock;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's money and new-client figures, worked out by hand, in the salon's (Moscow) day and
 * month. A new client is one whose first visit (not cancelled) falls in the period.
 */
class DashboardFiguresTest {

    @Test
    void todayAndThisMonthInTheSalonsCalendar(@TempDir Path root) {
        // 23:30 UTC on 30 November is already 1 December in Moscow
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        try (TestServer server = TestServer.start(root, clock)) {
            AtelierCore core = server.core();
            long salonId = core.auth().authenticate(server.salonWithOwner("figures", "plain", List.of())).orElseThrow().salonId();
            long master = core.staff().create(salonId, StaffInput.named("Mila")).id();
            long cut = core.catalog().createService(salonId, new ServiceInput("Cut", "Hair", 60, 100_000L, true)).id();
            long novemberClient = core.clients().create(salonId, ClientInput.named("November Client")).id();
            clock.set(Instant.parse("2026-11-30T23:30:00Z"));
            long decemberClient = core.clients().create(salonId, ClientInput.named("December Client")).id();

            paid(core, salonId, novemberClient, master, cut, "2026-11-30T12:00", 70_000);       // last month
            paid(core, salonId, decemberClient, master, cut, "2026-12-01T09:00", 100_000);      // today (Moscow)
            long refunded = paid(core, salonId, novemberClient, master, cut, "2026-12-01T11:00", 100_000);
            core.refunds().refund(salonId, refunded, "mistake", null);
            core.visits().book(salonId, new BookingRequest(novemberClient, master, "2026-12-01T15:00",
                    List.of(new ItemRequest(cut, null, null)), "admin"));                             // booked, not paid
            clock.set(Instant.parse("2026-12-05T08:00:00Z"));
            paid(core, salonId, decemberClient, master, cut, "2026-12-05T12:00", 40_000);         // later this month
            core.clients().create(salonId, ClientInput.named("Never came"));                   // a record, not a new client
            long walkIn = core.clients().create(salonId, ClientInput.named("Walk-in")).id();
            core.visits().book(salonId, new BookingRequest(walkIn, master, "2026-12-05T18:00",
                    List.of(new ItemRequest(cut, null, null)), "admin"));                             // first visit: today
            long changedMind = core.clients().create(salonId, ClientInput.named("Changed her mind")).id();
            long cancelled = core.visits().book(salonId, new BookingRequest(changedMind, master, "2026-12-06T12:00",
                    List.of(new ItemRequest(cut, null, null)), "admin")).id();
            core.visits().cancel(salonId, cancelled);                                                 // no visit: not new

            assertEquals(new DayFigures(40_000, 140_000, 1, 2), core.dashboard().today(salonId),
                    "5 Dec: today 400, month 1 000 + 400 (refund and booked visit left out); new clients: the walk-in today, "
                            + "and the December client (first visit on the 1st) this month; the November client came before");
        }
    }

    private static long paid(AtelierCore core, long salonId, long client, long master, long service, String start, long amount) {
        long visit = core.visits().book(salonId, new BookingRequest(client, master, start, List.of(new ItemRequest(service, null, null)),
                "admin")).id();
        core.checkout().checkout(salonId, visit, "pay-" + visit, new CheckoutRequest(null, null,
                List.of(new Payment("cash", amount)), null), null, "owner");
        return visit;
    }
}
