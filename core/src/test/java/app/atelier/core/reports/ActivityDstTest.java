package app.atelier.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.core.auth.PasswordHasher;
import app.atelier.core.auth.UserService;
import app.atelier.core.db.Database;
import app.atelier.core.salons.SalonService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local weekday and hour across daylight-saving changes: a salon in New York has visits at 10:00
 * local before the March change (UTC−5), after it (UTC−4), and after the November change (UTC−5
 * again), and one at 23:30 on a Saturday that is already Sunday in UTC. Every 10:00 visit must
 * land in the 10 o'clock row of its own weekday, and month boundaries follow local midnight.
 */
class ActivityDstTest {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path dir;

    @Test
    void hoursAndWeekdaysFollowTheSalonsClocks() {
        try (Database db = Database.open(dir)) {
            long salon = db.write(h -> {
                long tariff = SalonHistory.id(h, "INSERT INTO tariff (name, created_at) VALUES ('basic', 0)");
                long s = SalonHistory.id(h, "INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at) "
                        + "VALUES ('ny', 'NY', 'America/New_York', 'USD', 'US', 'en', " + tariff + ", 0)");
                long staff = SalonHistory.id(h, "INSERT INTO staff (salon_id, name, created_at) VALUES (" + s + ", 'Mia', 0)");
                long client = SalonHistory.id(h, "INSERT INTO client (salon_id, name, created_at, updated_at) VALUES (" + s + ", 'Zoe', 0, 0)");
                // Fri 6 March (EST), Fri 13 March (EDT, after 8 March), Mon 2 November (EST, after 1 November), Sat 31 October 23:30 (EDT)
                for (String local : List.of("2026-03-06T10:00", "2026-03-13T10:00", "2026-11-02T10:00", "2026-10-31T23:30")) {
                    long start = LocalDateTime.parse(local).atZone(NEW_YORK).toInstant().toEpochMilli();
                    long v = SalonHistory.id(h, "INSERT INTO visit (salon_id, client_id, staff_id, start_at, end_at, status, channel, "
                            + "created_at, updated_at) VALUES (" + s + ", " + client + ", " + staff + ", " + start + ", " + (start + 1_800_000)
                            + ", 'completed', 'admin', 0, 0)");
                    h.execute("INSERT INTO bill (visit_id, salon_id, client_id, currency, subtotal, total, paid, debt, snapshot, completed_at) "
                            + "VALUES (?, ?, ?, 'USD', 100, 100, 100, 0, '{}', ?)", v, s, client, start);
                }
                return s;
            });
            Clock clock = Clock.fixed(LocalDateTime.of(2026, 12, 1, 12, 0).atZone(NEW_YORK).toInstant(), ZoneOffset.UTC);
            ReportsService reports = new ReportsService(db, clock, new SalonService(db, clock, new UserService(new PasswordHasher(), clock)));
            Activity year = reports.activity(salon, ReportQuery.period("2026-01-01", "2026-11-30"));
            Map<String, Long> cells = year.cells().stream().filter(c -> c.visits() > 0)
                    .collect(Collectors.toMap(c -> c.weekday() + "@" + c.hour(), Activity.Cell::visits));
            // Friday (5) at 10 twice, Monday (1) at 10, Saturday (6) at 23
            assertEquals(Map.of("5@10", 2L, "1@10", 1L, "6@23", 1L), cells);
            // October ends at local midnight: the Saturday 23:30 visit (already 1 November in UTC) is October's
            assertEquals(1, reports.activity(salon, ReportQuery.period("2026-10-01", "2026-10-31")).visits());
            assertEquals(1, reports.activity(salon, ReportQuery.period("2026-11-01", "2026-11-30")).visits());
            // and March splits at the clock change without losing an hour's visits
            assertEquals(2, reports.activity(salon, ReportQuery.period("2026-03-01", "2026-03-31")).byHour().get(10).visits());
        }
    }
}
