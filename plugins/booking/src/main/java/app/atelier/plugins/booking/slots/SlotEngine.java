package app.atelier.plugins.booking.slots;

import app.atelier.api.data.StaffView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Free times, as a pure function of a master's week, days off, visits and the salon's rules.
 *
 * <p>Working intervals are salon-local wall time: an interval of day D from minute a to b runs from
 * D 00:00 + a to D 00:00 + b on the wall clock, mapped to instants in the salon's zone, so on a DST
 * day the interval is an hour shorter or longer in real time. Candidate starts step through the wall
 * clock from each interval's start; a wall time the clocks skip produces no start, one the clocks
 * repeat produces both instants. A start is free when the whole visit lies inside working time
 * (adjacent intervals, e.g. 20:00–24:00 and the next day's 00:00–08:00, join up), when neither the
 * visit plus its own pause nor any existing visit plus its pause overlap, and when lead time and
 * horizon allow it.
 */
public final class SlotEngine {
    private static final int DAY = 1440;

    private SlotEngine() {
    }

    /** One master's free starts on {@code q.date()}, ascending. */
    public static List<Instant> slots(SlotQuery q, StaffSchedule staff) {
        if (q.date().isBefore(q.today()) || q.date().isAfter(q.lastDay())) {
            return List.of();
        }
        List<Window> windows = windows(q.zone(), staff, q.date().minusDays(1), q.date().plusDays(1));
        Instant earliest = q.now().plus(Duration.ofMinutes(q.minLeadMinutes()));
        Duration length = Duration.ofMinutes(q.durationMinutes());
        Duration pause = Duration.ofMinutes(q.bufferMinutes());
        TreeSet<Instant> free = new TreeSet<>();
        for (LocalDate day : List.of(q.date().minusDays(1), q.date())) {
            for (StaffView.Hours h : shiftsOf(staff, day)) {
                for (int m = h.startMinute(); m < h.endMinute(); m += q.stepMinutes()) {
                    LocalDateTime wall = day.atStartOfDay().plusMinutes(m);
                    if (!wall.toLocalDate().equals(q.date())) {
                        continue;
                    }
                    for (ZoneOffset offset : q.zone().getRules().getValidOffsets(wall)) {
                        Instant start = wall.toInstant(offset);
                        Instant end = start.plus(length);
                        if (!start.isBefore(earliest) && inside(windows, start, end)
                                && clear(staff.busy(), start, end.plus(pause))) {
                            free.add(start);
                        }
                    }
                }
            }
        }
        return List.copyOf(free);
    }

    /**
     * Free times of several masters merged by start; each lists the masters free then, in the
     * order given (the caller orders them, e.g. least busy first).
     */
    public static List<Slot> merged(SlotQuery q, List<StaffSchedule> staff) {
        Map<Instant, List<Long>> byStart = new TreeMap<>();
        for (StaffSchedule s : staff) {
            for (Instant start : slots(q, s)) {
                byStart.computeIfAbsent(start, k -> new ArrayList<>()).add(s.staffId());
            }
        }
        List<Slot> result = new ArrayList<>();
        byStart.forEach((start, ids) -> result.add(new Slot(start, ids)));
        return result;
    }

    /**
     * The master's working time as instants for the shifts starting on {@code from} … {@code to},
     * touching or overlapping stretches joined, ascending.
     */
    public static List<Window> windows(ZoneId zone, StaffSchedule staff, LocalDate from, LocalDate to) {
        List<Window> raw = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (StaffView.Hours h : shiftsOf(staff, day)) {
                Instant start = at(zone, day, h.startMinute());
                Instant end = at(zone, day, h.endMinute());
                if (end.isAfter(start)) {
                    raw.add(new Window(start, end));
                }
            }
        }
        raw.sort(Comparator.comparing(Window::start));
        List<Window> joined = new ArrayList<>();
        for (Window w : raw) {
            Window last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && !w.start().isAfter(last.end())) {
                joined.set(joined.size() - 1, new Window(last.start(), w.end().isAfter(last.end()) ? w.end() : last.end()));
            } else {
                joined.add(w);
            }
        }
        return joined;
    }

    /**
     * A wall-clock time of a day as an instant: a time the clocks skip moves forward by the gap
     * (a shift "from 02:30" on the spring-forward night starts when the clock reads 03:30), a time
     * the clocks repeat is the earlier instant.
     */
    static Instant at(ZoneId zone, LocalDate day, int minute) {
        return ZonedDateTime.ofLocal(day.atStartOfDay().plusMinutes(minute), zone, null).toInstant();
    }

    /** The intervals of the week that start on {@code day}, unless it is a day off. */
    private static List<StaffView.Hours> shiftsOf(StaffSchedule staff, LocalDate day) {
        if (staff.daysOff().contains(day)) {
            return List.of();
        }
        int weekday = day.getDayOfWeek().getValue();
        List<StaffView.Hours> result = new ArrayList<>();
        for (StaffView.Hours h : staff.hours()) {
            if (h.weekday() == weekday && h.startMinute() >= 0 && h.startMinute() < DAY && h.endMinute() > h.startMinute()) {
                result.add(h);
            }
        }
        return result;
    }

    private static boolean inside(List<Window> windows, Instant start, Instant end) {
        for (Window w : windows) {
            if (w.contains(start, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean clear(List<Busy> busy, Instant start, Instant endWithPause) {
        for (Busy b : busy) {
            if (b.start().isBefore(endWithPause) && start.isBefore(b.end())) {
                return false;
            }
        }
        return true;
    }
}
