package app.atelier.plugins.booking.slots;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.StaffView;
import app.atelier.api.data.VisitView;
import app.atelier.plugins.booking.BookingSettings;
import app.atelier.plugins.booking.book.BookingStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Free-time search over the salon's real data: masters' weeks and days off, the visits of the
 * period that are not cancelled (each followed by its pause: the one recorded when it was booked
 * here, the salon default for visits booked elsewhere), and the salon's settings.
 */
public final class SlotFinder {
    private static final int NEAREST_DAYS = 7;

    private final PluginContext context;
    private final BookingStore bookings;

    public SlotFinder(PluginContext context, BookingStore bookings) {
        this.context = context;
        this.bookings = bookings;
    }

    /**
     * A search over a period for a visit of a given length: schedules are read once and asked per day.
     *
     * @param exclude a visit to leave out of the busy times (the one being rescheduled), or {@code null}
     */
    public Search search(Salon salon, BookingSettings settings, List<StaffView> masters, int duration, int buffer,
                         LocalDate from, LocalDate to, Long exclude) {
        Instant now = context.clock().instant();
        SlotQuery query = new SlotQuery(salon.zone(), now, from, duration, buffer, settings.slotStepMinutes(),
                settings.minLeadMinutes(), settings.horizonDays());
        Instant start = from.minusDays(2).atStartOfDay(salon.zone()).toInstant();
        Instant end = to.plusDays(3).atStartOfDay(salon.zone()).toInstant();
        Set<Long> ids = new HashSet<>();
        masters.forEach(m -> ids.add(m.id()));
        List<VisitView> visits = context.salonData().visits(salon.id(), start, end, masters.size() == 1 ? masters.get(0).id() : null, null)
                .stream().filter(v -> ids.contains(v.staffId()) && !"cancelled".equals(v.status()))
                .filter(v -> exclude == null || v.id() != exclude).toList();
        Map<Long, Integer> pauses = bookings.buffers(salon.id(), visits.stream().map(VisitView::id).toList());
        Map<Long, List<Busy>> busy = new HashMap<>();
        for (VisitView v : visits) {
            int pause = pauses.getOrDefault(v.id(), settings.defaultBufferMinutes());
            busy.computeIfAbsent(v.staffId(), k -> new ArrayList<>())
                    .add(new Busy(v.start(), v.end().plus(Duration.ofMinutes(pause))));
        }
        List<StaffSchedule> schedules = new ArrayList<>();
        for (StaffView m : masters) {
            schedules.add(new StaffSchedule(m.id(), m.hours(), Set.copyOf(m.daysOff()), busy.getOrDefault(m.id(), List.of())));
        }
        // "any master" tries the least busy master first, so that online bookings spread out
        schedules.sort(Comparator.comparingInt((StaffSchedule s) -> s.busy().size()).thenComparingLong(StaffSchedule::staffId));
        return new Search(query, schedules);
    }

    /** A loaded search; ask it for any day of the period it was loaded for. */
    public record Search(SlotQuery query, List<StaffSchedule> schedules) {

        /** Free times on a day, every master merged. */
        public List<Slot> on(LocalDate date) {
            return SlotEngine.merged(query.on(date), schedules);
        }

        /** The days from {@code from} to {@code to} with at least one free time. */
        public List<LocalDate> days(LocalDate from, LocalDate to) {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (!on(d).isEmpty()) {
                    days.add(d);
                }
            }
            return days;
        }

        /** Whether a visit may start at {@code start} with this master. */
        public boolean free(Instant start, long staffId) {
            LocalDate date = start.atZone(query.zone()).toLocalDate();
            return on(date).stream().anyMatch(s -> s.start().equals(start) && s.staffIds().contains(staffId));
        }

        /** Up to {@code count} free times nearest to {@code around}, ascending. */
        public List<Slot> nearest(Instant around, int count) {
            LocalDate day = around.atZone(query.zone()).toLocalDate();
            List<Slot> found = new ArrayList<>();
            for (int i = 0; i <= NEAREST_DAYS && found.size() < count * 2; i++) {
                found.addAll(on(day.plusDays(i)));
                if (i > 0) {
                    found.addAll(on(day.minusDays(i)));
                }
            }
            found.sort(Comparator.comparing((Slot s) -> Duration.between(around, s.start()).abs()).thenComparing(Slot::start));
            List<Slot> nearest = new ArrayList<>(found.subList(0, Math.min(count, found.size())));
            nearest.sort(Comparator.comparing(Slot::start));
            return nearest;
        }
    }
}
