package app.atelier.plugins.booking.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.ServiceView;
import app.atelier.api.data.StaffView;
import app.atelier.api.data.VisitView;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.booking.Parts;
import app.atelier.plugins.booking.book.BookingStore;
import app.atelier.plugins.booking.web.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The newest visits booked through the public page or the app (those this plugin recorded), as the
 * panel lists them: when booked, when the visit is, client, master and services by name, the
 * visit's status now. Names are looked up once per page, not per row.
 */
final class RecentBookings {
    static final int LIMIT = 20;

    private final PluginContext context;
    private final BookingStore store;

    RecentBookings(Parts parts) {
        this.context = parts.context();
        this.store = parts.store();
    }

    List<Map<String, Object>> of(PluginRequest req, Texts texts) {
        long salonId = req.salon().id();
        Map<Long, String> services = context.salonData().services(salonId).stream()
                .collect(Collectors.toMap(ServiceView::id, ServiceView::name));
        Map<Long, String> staff = context.salonData().staff(salonId).stream()
                .collect(Collectors.toMap(StaffView::id, StaffView::name));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BookingStore.Recent r : store.recent(salonId, LIMIT)) {
            VisitView visit = context.salonData().visit(salonId, r.booked().visitId()).orElse(null);
            if (visit == null) {
                continue;  // gone from the core (a deleted client's visits): nothing to open
            }
            String client = context.salonData().client(salonId, visit.clientId()).map(ClientView::name).orElse("");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("visitId", visit.id());
            m.put("bookedAt", texts.day(r.at().atZone(req.salon().zone()).toLocalDate()) + ", " + texts.time(r.at()));
            m.put("start", texts.when(visit.start()));
            m.put("clientId", visit.clientId());
            m.put("client", client);
            m.put("master", staff.getOrDefault(visit.staffId(), ""));
            m.put("services", r.booked().serviceIds().stream().map(services::get).filter(Objects::nonNull)
                    .collect(Collectors.joining(", ")));
            m.put("status", visit.status());
            m.put("statusLabel", texts.t("admin.status." + visit.status()));
            m.put("channel", texts.t("admin.channel." + r.booked().channel()));
            rows.add(m);
        }
        return rows;
    }
}
