package app.atelier.plugins.booking.catalog;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ServiceView;
import app.atelier.api.data.StaffView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a client may book online: the salon's active services not switched off for online booking,
 * and the active masters with working hours who take all of the chosen services.
 */
public final class OnlineCatalog {

    /**
     * A service as offered online.
     *
     * @param service       the core's view
     * @param bufferMinutes the pause after it (its own, or the salon default)
     */
    public record Offer(ServiceView service, int bufferMinutes) {
    }

    private final PluginContext context;
    private final CatalogStore store;

    public OnlineCatalog(PluginContext context, CatalogStore store) {
        this.context = context;
        this.store = store;
    }

    /** The services clients may book, by category then name. */
    public List<Offer> services(long salonId, int defaultBuffer) {
        Map<Long, CatalogStore.ServiceRule> rules = store.serviceRules(salonId);
        List<Offer> offers = new ArrayList<>();
        for (ServiceView s : context.salonData().services(salonId)) {
            CatalogStore.ServiceRule rule = rules.getOrDefault(s.id(), CatalogStore.ServiceRule.DEFAULT);
            if (s.active() && rule.online()) {
                offers.add(new Offer(s, rule.bufferMinutes() == null ? defaultBuffer : rule.bufferMinutes()));
            }
        }
        offers.sort(Comparator.comparing((Offer o) -> String.valueOf(o.service().category()))
                .thenComparing(o -> o.service().name()));
        return offers;
    }

    /**
     * The chosen services in the order given, or empty when any of them is unknown, repeated or not
     * offered online.
     */
    public Optional<List<Offer>> choose(long salonId, List<Long> serviceIds, int defaultBuffer) {
        if (serviceIds.isEmpty() || serviceIds.size() > 10 || Set.copyOf(serviceIds).size() != serviceIds.size()) {
            return Optional.empty();
        }
        List<Offer> all = services(salonId, defaultBuffer);
        List<Offer> chosen = new ArrayList<>();
        for (long id : serviceIds) {
            Optional<Offer> offer = all.stream().filter(o -> o.service().id() == id).findFirst();
            if (offer.isEmpty()) {
                return Optional.empty();
            }
            chosen.add(offer.get());
        }
        return Optional.of(chosen);
    }

    /** Active masters with working hours who take every one of the services, by name. */
    public List<StaffView> staffFor(long salonId, List<Long> serviceIds) {
        Map<Long, Set<Long>> lists = store.staffServices(salonId);
        return context.salonData().staff(salonId).stream()
                .filter(s -> s.active() && !s.hours().isEmpty())
                .filter(s -> !lists.containsKey(s.id()) || lists.get(s.id()).containsAll(serviceIds))
                .sorted(Comparator.comparing(StaffView::name)).toList();
    }

    /** Total length of the services, minutes. */
    public static int duration(List<Offer> offers) {
        return offers.stream().mapToInt(o -> o.service().durationMinutes()).sum();
    }

    /** The pause after a visit of these services: the longest any of them needs. */
    public static int buffer(List<Offer> offers) {
        return offers.stream().mapToInt(Offer::bufferMinutes).max().orElse(0);
    }

    /** Total price, minor units. */
    public static long price(List<Offer> offers) {
        long total = 0;
        for (Offer o : offers) {
            total = Math.addExact(total, o.service().price());
        }
        return total;
    }
}
