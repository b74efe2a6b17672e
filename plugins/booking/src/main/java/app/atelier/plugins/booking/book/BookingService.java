package app.atelier.plugins.booking.book;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ActionRejectedException;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.NewBooking;
import app.atelier.api.data.NewClient;
import app.atelier.api.data.StaffView;
import app.atelier.api.data.VisitView;
import app.atelier.plugins.booking.BookingSettings;
import app.atelier.plugins.booking.catalog.OnlineCatalog;
import app.atelier.plugins.booking.codes.CodeSender;
import app.atelier.plugins.booking.codes.OneTimeCodes;
import app.atelier.plugins.booking.phone.Phones;
import app.atelier.plugins.booking.slots.Slot;
import app.atelier.plugins.booking.slots.SlotFinder;
import app.atelier.plugins.booking.web.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Books a visit for a client who chose services, a master (or any) and a free time: abuse rules,
 * the optional one-time code, the client found by phone or created with source "online booking",
 * the visit booked through the core (channel online or app), the referral code passed on.
 *
 * <p>Two clients picking the same time: the core's booking transaction lets exactly one visit in;
 * the other gets {@link BookingRefused.Reason#TAKEN} with the nearest free times. Within one app
 * node bookings of a salon also pass one at a time through {@link SalonLocks}, so that the pauses
 * between visits (which the core does not know) hold as well; across nodes only the core's
 * no-overlap rule is guaranteed.
 */
public final class BookingService {
    /** The source written on clients this plugin creates. */
    public static final String SOURCE = "online booking";
    private static final int NEAREST = 6;

    /** What a booking request came to. */
    public sealed interface Outcome {
    }

    /**
     * The phone must be confirmed first: a code went out.
     *
     * @param maskedPhone the phone, partly hidden, to show
     * @param demoCode    the code, only when the salon shows codes on the page (demo), else {@code null}
     */
    public record CodeSent(String maskedPhone, String demoCode) implements Outcome {
    }

    /** The visit is booked. */
    public record Booked(VisitView visit, ClientView client, List<OnlineCatalog.Offer> services, String referralMessage,
                         boolean referralAccepted) implements Outcome {
    }

    private final PluginContext context;
    private final OnlineCatalog catalog;
    private final SlotFinder finder;
    private final BookingStore store;
    private final Abuse abuse;
    private final CodeSender sender;
    private final OneTimeCodes codes;
    private final SalonLocks locks;
    private final ReferralHook referrals;

    public BookingService(PluginContext context, OnlineCatalog catalog, SlotFinder finder, BookingStore store, Abuse abuse,
                          CodeSender sender, OneTimeCodes codes, SalonLocks locks) {
        this.context = context;
        this.catalog = catalog;
        this.finder = finder;
        this.store = store;
        this.abuse = abuse;
        this.sender = sender;
        this.codes = codes;
        this.locks = locks;
        this.referrals = new ReferralHook(context);
    }

    public Outcome book(Salon salon, BookingForm form) {
        BookingSettings s = BookingSettings.of(context.settings(salon.id()));
        Texts texts = Texts.of(context, salon);
        abuse.honeypot(form.honeypot(), texts);
        abuse.address(salon, s, String.valueOf(form.address()), texts);
        Valid valid = validate(salon, s, form, texts);
        if (s.confirmPhone()) {
            if (form.code() == null || form.code().isBlank()) {
                // the phone pays for the code it is sent; trying the code is limited by the code's own tries
                abuse.phone(salon, s, valid.phone(), texts);
                requireFree(salon, s, valid, form.start(), texts);
                Optional<ClientView> known = context.salonData().clientByPhone(salon.id(), valid.phone());
                String code = sender.send(salon, s, OneTimeCodes.BOOKING, valid.phone(), known.map(ClientView::id).orElse(null), true);
                return new CodeSent(Phones.masked(valid.phone()), s.showCodesOnPage() ? code : null);
            }
            OneTimeCodes.Check check = codes.check(salon.id(), OneTimeCodes.BOOKING, valid.phone(), form.code(), s.codeAttempts());
            if (check != OneTimeCodes.Check.OK) {
                throw new BookingRefused(BookingRefused.Reason.CODE_WRONG, texts.t(check == OneTimeCodes.Check.EXHAUSTED
                        ? "codeExhausted" : "codeWrong"), Map.of("code", texts.t("codeWrong")), List.of());
            }
        } else {
            abuse.phone(salon, s, valid.phone(), texts);
        }
        Booked booked = locks.with(salon.id(), () -> bookLocked(salon, s, form, valid, texts));
        if (form.promoCode() != null && !form.promoCode().isBlank()) {
            Optional<app.atelier.api.referral.ReferralResult> result = referrals.refer(salon.id(), booked.client().id(),
                    form.promoCode().trim());
            if (result.isPresent()) {
                return new Booked(booked.visit(), booked.client(), booked.services(), result.get().message(), result.get().accepted());
            }
        }
        return booked;
    }

    private Booked bookLocked(Salon salon, BookingSettings s, BookingForm form, Valid valid, Texts texts) {
        Optional<ClientView> known = context.salonData().clientByPhone(salon.id(), valid.phone());
        abuse.openVisits(salon, s, known.orElse(null), texts);
        List<Long> candidates = requireFree(salon, s, valid, form.start(), texts);
        ClientView client;
        try {
            client = known.orElseGet(() -> context.salonActions().createClient(salon.id(),
                    new NewClient(form.name().strip(), valid.phone(), null, SOURCE, form.consent())));
        } catch (ActionRejectedException e) {
            throw new BookingRefused(BookingRefused.Reason.INVALID, e.getMessage());
        }
        List<Long> serviceIds = valid.offers().stream().map(o -> o.service().id()).toList();
        for (long staffId : candidates) {
            try {
                VisitView visit = context.salonActions().book(salon.id(), new NewBooking(client.id(), staffId, form.start(),
                        serviceIds, form.channel()));
                store.record(salon.id(), new BookingStore.Booked(visit.id(), valid.phone(), serviceIds,
                        OnlineCatalog.buffer(valid.offers()), form.channel()));
                return new Booked(visit, client, valid.offers(), null, false);
            } catch (ActionRejectedException e) {
                if (!"visit_overlap".equals(e.code())) {
                    throw new BookingRefused(BookingRefused.Reason.INVALID, e.getMessage());
                }
                // that master was taken a moment ago (another node, the desk): try the next one
            }
        }
        throw taken(salon, s, valid, form.start(), texts);
    }

    /** The masters who are free at {@code start} for this visit, in the order to try; refuses when none. */
    private List<Long> requireFree(Salon salon, BookingSettings s, Valid valid, Instant start, Texts texts) {
        LocalDate day = start.atZone(salon.zone()).toLocalDate();
        SlotFinder.Search search = finder.search(salon, s, valid.masters(), OnlineCatalog.duration(valid.offers()),
                OnlineCatalog.buffer(valid.offers()), day, day, null);
        return search.on(day).stream().filter(slot -> slot.start().equals(start)).findFirst().map(Slot::staffIds)
                .filter(ids -> !ids.isEmpty()).orElseThrow(() -> taken(salon, s, valid, start, texts));
    }

    private BookingRefused taken(Salon salon, BookingSettings s, Valid valid, Instant start, Texts texts) {
        LocalDate day = start.atZone(salon.zone()).toLocalDate();
        LocalDate today = context.clock().instant().atZone(salon.zone()).toLocalDate();
        LocalDate from = day.minusDays(7).isBefore(today) ? today : day.minusDays(7);
        SlotFinder.Search search = finder.search(salon, s, valid.masters(), OnlineCatalog.duration(valid.offers()),
                OnlineCatalog.buffer(valid.offers()), from, day.plusDays(7), null);
        List<Slot> nearest = search.nearest(start, NEAREST);
        return new BookingRefused(BookingRefused.Reason.TAKEN, texts.t(nearest.isEmpty() ? "refusedTakenNone" : "refusedTaken"),
                Map.of(), nearest);
    }

    /** The parts of a form that passed validation. */
    private record Valid(List<OnlineCatalog.Offer> offers, List<StaffView> masters, String phone) {
    }

    private Valid validate(Salon salon, BookingSettings s, BookingForm form, Texts texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<OnlineCatalog.Offer> offers = catalog.choose(salon.id(), form.serviceIds(), s.defaultBufferMinutes()).orElse(null);
        if (offers == null) {
            errors.put("serviceIds", texts.t("errorServices"));
        }
        List<StaffView> masters = offers == null ? List.of() : catalog.staffFor(salon.id(), form.serviceIds());
        if (form.staffId() != null) {
            masters = masters.stream().filter(m -> m.id() == form.staffId()).toList();
            if (offers != null && masters.isEmpty()) {
                errors.put("staffId", texts.t("errorStaff"));
            }
        }
        if (form.start() == null) {
            errors.put("start", texts.t("errorStart"));
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            errors.put("name", texts.t("errorName"));
        }
        Optional<String> phone = Phones.e164(form.phone(), salon.country());
        if (phone.isEmpty()) {
            errors.put("phone", texts.t("errorPhone"));
        }
        if (form.promoCode() != null && form.promoCode().length() > 100) {
            errors.put("promoCode", texts.t("errorPromo"));
        }
        if (!"online".equals(form.channel()) && !"app".equals(form.channel())) {
            errors.put("channel", "channel must be online or app");
        }
        if (!errors.isEmpty()) {
            throw new BookingRefused(BookingRefused.Reason.INVALID, errors.values().iterator().next(), errors, List.of());
        }
        return new Valid(offers, masters, phone.get());
    }
}
