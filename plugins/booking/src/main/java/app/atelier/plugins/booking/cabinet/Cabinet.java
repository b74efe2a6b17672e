package app.atelier.plugins.booking.cabinet;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ClientStats;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.ServiceView;
import app.atelier.api.data.StaffView;
import app.atelier.api.data.VisitView;
import app.atelier.plugins.booking.BookingPlugin;
import app.atelier.plugins.booking.BookingSettings;
import app.atelier.plugins.booking.book.BookingStore;
import app.atelier.plugins.booking.book.VisitChanges;
import app.atelier.plugins.booking.links.VisitLinks;
import app.atelier.plugins.booking.web.Texts;
import app.atelier.api.web.Widget;
import app.atelier.api.web.WidgetContext;
import app.atelier.api.web.WidgetProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a signed-in client sees: upcoming visits (with whether the policy still lets them change
 * them), past visits, what they paid in total, and the widgets other active plugins place into the
 * cabinet (bonus balance, promo code…). The services of a visit are known for visits booked here;
 * the core's visit view names none for others.
 */
public final class Cabinet {
    private static final Logger LOG = LoggerFactory.getLogger(Cabinet.class);
    private static final Duration HISTORY = Duration.ofDays(3 * 366);

    private final PluginContext context;
    private final BookingStore store;
    private final VisitChanges changes;
    private final VisitLinks links;

    public Cabinet(PluginContext context, BookingStore store, VisitChanges changes, VisitLinks links) {
        this.context = context;
        this.store = store;
        this.changes = changes;
        this.links = links;
    }

    /** The cabinet of the phone: JSON-ready (also the pages' model). */
    public Map<String, Object> of(Salon salon, String phone) {
        Texts texts = Texts.of(context, salon);
        BookingSettings s = BookingSettings.of(context.settings(salon.id()));
        Map<String, Object> model = new LinkedHashMap<>();
        Optional<ClientView> client = context.salonData().clientByPhone(salon.id(), phone);
        model.put("name", client.map(ClientView::name).orElse(""));
        List<Map<String, Object>> upcoming = new ArrayList<>();
        List<Map<String, Object>> history = new ArrayList<>();
        if (client.isPresent()) {
            Instant now = context.clock().instant();
            List<VisitView> visits = context.salonData().visits(salon.id(), now.minus(HISTORY), now.plus(Duration.ofDays(400)),
                    null, client.get().id());
            Map<Long, List<Long>> services = store.services(salon.id(), visits.stream().map(VisitView::id).toList());
            Map<Long, ServiceView> catalog = context.salonData().services(salon.id()).stream()
                    .collect(Collectors.toMap(ServiceView::id, Function.identity()));
            Map<Long, String> masters = context.salonData().staff(salon.id()).stream()
                    .collect(Collectors.toMap(StaffView::id, StaffView::name));
            for (VisitView v : visits) {
                Map<String, Object> line = line(salon, s, texts, v, services.getOrDefault(v.id(), List.of()), catalog, masters);
                (VisitChanges.open(v) && !v.end().isBefore(now) ? upcoming : history).add(line);
            }
            history.sort(Comparator.comparing((Map<String, Object> m) -> (String) m.get("start")).reversed());
            ClientStats stats = context.salonData().clientStats(salon.id(), client.get().id());
            model.put("totalPaid", stats.totalPaid());
            model.put("totalPaidText", texts.money(stats.totalPaid()));
            model.put("completedVisits", stats.completedVisits());
            model.put("widgets", widgets(salon, client.get().id()));
        } else {
            model.put("totalPaid", 0L);
            model.put("totalPaidText", texts.money(0));
            model.put("completedVisits", 0);
            model.put("widgets", List.of());
        }
        model.put("upcoming", upcoming);
        model.put("history", history);
        return model;
    }

    private Map<String, Object> line(Salon salon, BookingSettings s, Texts texts, VisitView v, List<Long> serviceIds,
                                     Map<Long, ServiceView> catalog, Map<Long, String> masters) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", v.id());
        line.put("start", v.start().toString());
        line.put("end", v.end().toString());
        line.put("when", texts.when(v.start()));
        line.put("master", masters.getOrDefault(v.staffId(), ""));
        List<String> names = serviceIds.stream().map(catalog::get).filter(x -> x != null).map(ServiceView::name).toList();
        line.put("services", names);
        if (!serviceIds.isEmpty()) {
            long price = serviceIds.stream().map(catalog::get).filter(x -> x != null).mapToLong(ServiceView::price).sum();
            line.put("listPrice", price);
            line.put("listPriceText", texts.money(price));
        }
        line.put("status", v.status());
        line.put("statusText", texts.t("status_" + v.status()));
        line.put("channel", v.channel());
        boolean changeable = changes.changeable(v, s);
        line.put("changeable", changeable);
        if (VisitChanges.open(v)) {
            line.put("manageUrl", links.managePath(salon.slug(), salon.id(), v.id()));
            if (!changeable) {
                line.put("policy", changes.refusal(v, s, texts));
            }
        }
        return line;
    }

    /** Other active plugins' cabinet widgets; one that fails is left out, the cabinet still shows. */
    private List<Map<String, Object>> widgets(Salon salon, long clientId) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (WidgetProvider provider : context.extensions(salon.id(), WidgetProvider.class)) {
            if (provider.getClass().getClassLoader() == BookingPlugin.class.getClassLoader()) {
                continue;
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            try {
                thread.setContextClassLoader(provider.getClass().getClassLoader());
                Optional<Widget> widget = provider.widget(new WidgetContext(salon, "client_cabinet", clientId));
                widget.filter(w -> !context.pluginId().equals(w.plugin())).ifPresent(w -> result.add(Widgets.json(w)));
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("a cabinet widget failed: {} at {}", e.getClass().getName(),
                        e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
        return result;
    }
}
