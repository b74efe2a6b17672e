package app.atelier.plugins.booking.web;

import app.atelier.api.Salon;
import app.atelier.api.data.StaffView;
import app.atelier.plugins.booking.BookingSettings;
import app.atelier.plugins.booking.Parts;
import app.atelier.plugins.booking.catalog.OnlineCatalog;
import app.atelier.plugins.booking.slots.SlotFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The client's choice so far: services (valid, offered online) and a master or any master who
 * takes them all.
 *
 * @param staff   the chosen master, or {@code null} for any
 * @param masters the masters free-time search considers (the chosen one, or all who take the services)
 */
record Choice(BookingSettings settings, List<OnlineCatalog.Offer> offers, StaffView staff, List<StaffView> masters) {

    /** The choice, or empty when a service is unknown or no longer offered, or the master does not take them. */
    static Optional<Choice> of(Parts parts, Salon salon, List<Long> serviceIds, Long staffId) {
        BookingSettings s = BookingSettings.of(parts.context().settings(salon.id()));
        Optional<List<OnlineCatalog.Offer>> offers = parts.catalog().choose(salon.id(), serviceIds, s.defaultBufferMinutes());
        if (offers.isEmpty()) {
            return Optional.empty();
        }
        List<StaffView> masters = parts.catalog().staffFor(salon.id(), serviceIds);
        if (staffId == null) {
            return Optional.of(new Choice(s, offers.get(), null, masters));
        }
        return masters.stream().filter(m -> m.id() == staffId).findFirst()
                .map(m -> new Choice(s, offers.get(), m, List.of(m)));
    }

    int duration() {
        return OnlineCatalog.duration(offers);
    }

    int buffer() {
        return OnlineCatalog.buffer(offers);
    }

    List<Long> serviceIds() {
        return offers.stream().map(o -> o.service().id()).toList();
    }

    /** {@code 1,2}: how the pages pass the services on. */
    String serviceParam() {
        return serviceIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** {@code 7} or {@code any}. */
    String staffParam() {
        return staff == null ? "any" : String.valueOf(staff.id());
    }

    SlotFinder.Search search(Parts parts, Salon salon, LocalDate from, LocalDate to) {
        return parts.finder().search(salon, settings, masters, duration(), buffer(), from, to, null);
    }

    /** What the pages show of the choice. */
    Map<String, Object> summary(Texts texts) {
        Map<String, Object> m = new HashMap<>();
        List<String> names = new ArrayList<>();
        offers.forEach(o -> names.add(o.service().name()));
        m.put("services", names);
        m.put("minutes", duration());
        m.put("price", texts.money(OnlineCatalog.price(offers)));
        m.put("master", staff == null ? texts.t("anyMaster") : staff.name());
        m.put("serviceIds", serviceParam());
        m.put("staffId", staffParam());
        return m;
    }
}
