package app.atelier.plugins.booking.book;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ActionRejectedException;
import app.atelier.api.data.StaffView;
import app.atelier.api.data.VisitView;
import app.atelier.plugins.booking.BookingSettings;
import app.atelier.plugins.booking.slots.SlotFinder;
import app.atelier.plugins.booking.web.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a client may do to their own visit online: cancel it or move it to another free time of the
 * same master, while the visit is open and at least {@code cancelHoursBefore} hours away. Later
 * than that the answer names the salon's phone.
 */
public final class VisitChanges {
    private final PluginContext context;
    private final SlotFinder finder;
    private final BookingStore store;
    private final SalonLocks locks;

    public VisitChanges(PluginContext context, SlotFinder finder, BookingStore store, SalonLocks locks) {
        this.context = context;
        this.finder = finder;
        this.store = store;
        this.locks = locks;
    }

    /** Whether the visit is open. */
    public static boolean open(VisitView v) {
        return "booked".equals(v.status()) || "confirmed".equals(v.status());
    }

    /** Whether the policy still lets the client change the visit online. */
    public boolean changeable(VisitView v, BookingSettings s) {
        Instant deadline = v.start().minus(Duration.ofHours(s.cancelHoursBefore()));
        return open(v) && !context.clock().instant().isAfter(deadline);
    }

    /** Why a change is refused, for the page: closed, or too late (with whom to call). */
    public String refusal(VisitView v, BookingSettings s, Texts texts) {
        if (!open(v)) {
            return texts.t("visitNotOpen");
        }
        String call = s.salonPhone().isEmpty() ? texts.t("callSalon") : texts.t("callUs", s.salonPhone());
        return texts.t("tooLate", s.cancelHoursBefore()) + " " + call;
    }

    public VisitView cancel(Salon salon, VisitView visit) {
        BookingSettings s = settings(salon);
        Texts texts = Texts.of(context, salon);
        if (!changeable(visit, s)) {
            throw new BookingRefused(BookingRefused.Reason.POLICY, refusal(visit, s, texts));
        }
        try {
            return context.salonActions().cancel(salon.id(), visit.id());
        } catch (ActionRejectedException e) {
            throw new BookingRefused(BookingRefused.Reason.POLICY, texts.t("visitNotOpen"));
        }
    }

    /** A search for free times of the visit's master for a visit as long as this one, leaving it out. */
    public SlotFinder.Search search(Salon salon, VisitView visit, LocalDate from, LocalDate to) {
        BookingSettings s = settings(salon);
        Optional<StaffView> master = context.salonData().staff(salon.id()).stream().filter(m -> m.id() == visit.staffId()).findFirst();
        int minutes = (int) Duration.between(visit.start(), visit.end()).toMinutes();
        int pause = store.find(salon.id(), visit.id()).map(BookingStore.Booked::bufferMinutes).orElse(s.defaultBufferMinutes());
        return finder.search(salon, s, master.filter(StaffView::active).map(List::of).orElse(List.of()), minutes, pause, from, to,
                visit.id());
    }

    public VisitView reschedule(Salon salon, VisitView visit, Instant start) {
        BookingSettings s = settings(salon);
        Texts texts = Texts.of(context, salon);
        if (!changeable(visit, s)) {
            throw new BookingRefused(BookingRefused.Reason.POLICY, refusal(visit, s, texts));
        }
        if (start == null) {
            throw new BookingRefused(BookingRefused.Reason.INVALID, texts.t("errorStart"), Map.of("start", texts.t("errorStart")),
                    List.of());
        }
        return locks.with(salon.id(), () -> {
            LocalDate day = start.atZone(salon.zone()).toLocalDate();
            SlotFinder.Search search = search(salon, visit, day, day);
            if (!search.free(start, visit.staffId())) {
                LocalDate today = context.clock().instant().atZone(salon.zone()).toLocalDate();
                List<app.atelier.plugins.booking.slots.Slot> nearest = search(salon, visit,
                        day.minusDays(7).isBefore(today) ? today : day.minusDays(7), day.plusDays(7)).nearest(start, 6);
                throw new BookingRefused(BookingRefused.Reason.TAKEN, texts.t(nearest.isEmpty() ? "refusedTakenNone"
                        : "refusedTaken"), Map.of(), nearest);
            }
            try {
                return context.salonActions().reschedule(salon.id(), visit.id(), start);
            } catch (ActionRejectedException e) {
                throw new BookingRefused("visit_overlap".equals(e.code()) ? BookingRefused.Reason.TAKEN
                        : BookingRefused.Reason.POLICY, "visit_overlap".equals(e.code()) ? texts.t("refusedTakenNone") : e.getMessage());
            }
        });
    }

    private BookingSettings settings(Salon salon) {
        return BookingSettings.of(context.settings(salon.id()));
    }
}
