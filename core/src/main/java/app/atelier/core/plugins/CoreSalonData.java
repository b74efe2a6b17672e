package app.atelier.core.plugins;

import app.atelier.api.Salon;
import app.atelier.api.data.ClientStats;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.ProductView;
import app.atelier.api.data.SalonData;
import app.atelier.api.data.ServiceView;
import app.atelier.api.data.StaffView;
import app.atelier.api.data.VisitView;
import app.atelier.core.catalog.CatalogService;
import app.atelier.core.clients.ClientService;
import app.atelier.core.db.Database;
import app.atelier.core.salons.SalonService;
import app.atelier.core.staff.StaffService;
import app.atelier.core.visits.Visit;
import app.atelier.core.visits.VisitService;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read-only core data for plugins, every lookup scoped by salon, answered by the core's own services. */
public final class CoreSalonData implements SalonData {
    private static final int MAX_VISITS = 5_000;

    private final Database db;
    private final java.time.Clock clock;
    private final SalonService salons;
    private final ClientService clients;
    private final VisitService visits;
    private final StaffService staff;
    private final CatalogService catalog;

    public CoreSalonData(Database db, java.time.Clock clock, SalonService salons, ClientService clients, VisitService visits, StaffService staff,
                         CatalogService catalog) {
        this.db = db;
        this.clock = clock;
        this.salons = salons;
        this.clients = clients;
        this.visits = visits;
        this.staff = staff;
        this.catalog = catalog;
    }

    @Override
    public Optional<Salon> salon(long salonId) {
        return salons.find(salonId);
    }

    @Override
    public Optional<ClientView> client(long salonId, long clientId) {
        return clients.view(salonId, clientId);
    }

    @Override
    public List<ClientView> clients(long salonId, int offset, int limit) {
        if (salons.find(salonId).isEmpty()) {
            return List.of();
        }
        return clients.search(salonId, null, Math.max(1, Math.min(limit, ClientService.MAX_LIMIT)), Math.max(0, offset)).clients().stream()
                .map(c -> ClientService.toView(salonId, c)).toList();
    }

    @Override
    public Optional<ClientView> clientByPhone(long salonId, String phone) {
        if (salons.find(salonId).isEmpty()) {
            return Optional.empty();
        }
        return clients.findByPhone(salonId, phone).map(c -> ClientService.toView(salonId, c));
    }

    @Override
    public ClientStats clientStats(long salonId, long clientId) {
        return db.read(h -> {
            ClientStats done = h.createQuery("""
                            SELECT coalesce(sum(b.paid), 0), count(b.visit_id), min(v.start_at), max(v.start_at)
                            FROM bill b JOIN visit v ON v.id = b.visit_id
                            WHERE b.salon_id = :s AND b.client_id = :c AND v.status = 'completed'
                            AND NOT EXISTS (SELECT 1 FROM visit_refund r WHERE r.visit_id = b.visit_id)""")
                    .bind("s", salonId).bind("c", clientId)
                    .map((rs, ctx) -> new ClientStats(rs.getLong(1), rs.getInt(2), instant(rs.getObject(3)), instant(rs.getObject(4)), null))
                    .one();
            Instant next = h.createQuery("""
                            SELECT min(start_at) FROM visit WHERE salon_id = :s AND client_id = :c
                            AND status IN ('booked', 'confirmed') AND start_at >= :now""")
                    .bind("s", salonId).bind("c", clientId).bind("now", clock.millis())
                    .map((rs, ctx) -> instant(rs.getObject(1))).one();
            return new ClientStats(done.totalPaid(), done.completedVisits(), done.firstVisit(), done.lastVisit(), next);
        });
    }

    @Override
    public Optional<VisitView> visit(long salonId, long visitId) {
        return db.read(h -> h.createQuery("""
                        SELECT id, salon_id, client_id, staff_id, start_at, end_at, status, channel FROM visit
                        WHERE id = :v AND salon_id = :s""")
                .bind("v", visitId).bind("s", salonId)
                .map((rs, ctx) -> new VisitView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6)), rs.getString(7), rs.getString(8)))
                .findOne());
    }

    @Override
    public List<VisitView> visits(long salonId, Instant from, Instant to, Long staffId, Long clientId) {
        return visits.list(salonId, from, to, staffId, clientId, MAX_VISITS).stream().map(CoreSalonData::view).toList();
    }

    @Override
    public List<app.atelier.api.pricing.BillLine> visitLines(long salonId, long visitId) {
        return db.read(h -> h.createQuery("""
                        SELECT kind, item_id, name, category, unit_price, quantity FROM visit_item
                        WHERE visit_id = :v AND salon_id = :s ORDER BY id""")
                .bind("v", visitId).bind("s", salonId)
                .map((rs, ctx) -> new app.atelier.api.pricing.BillLine(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getInt(6), Math.multiplyExact(rs.getLong(5), (long) rs.getInt(6))))
                .list());
    }

    @Override
    public List<StaffView> staff(long salonId) {
        return staff.list(salonId, true).stream().map(m -> new StaffView(m.id(), m.name(), m.active(),
                m.hours().stream().map(w -> new StaffView.Hours(w.weekday(), w.startMinute(), w.endMinute())).toList(),
                m.daysOff())).toList();
    }

    @Override
    public List<ServiceView> services(long salonId) {
        return catalog.listServices(salonId, true).stream().map(s -> new ServiceView(s.id(), s.name(), s.category(),
                s.durationMinutes(), s.price(), s.active())).toList();
    }

    @Override
    public List<ProductView> products(long salonId) {
        return catalog.listProducts(salonId, true).stream().map(p -> new ProductView(p.id(), p.name(), p.price(), p.active()))
                .toList();
    }

    static VisitView view(Visit v) {
        return new VisitView(v.id(), v.salonId(), v.clientId(), v.staffId(), v.start(), v.end(), v.status(), v.channel());
    }

    private static Instant instant(Object epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(((Number) epochMillis).longValue());
    }

    @Override
    public Optional<String> userName(long salonId, long userId) {
        return db.read(h -> h.createQuery("""
                        SELECT COALESCE(s.name, u.email) FROM app_user u
                        LEFT JOIN staff s ON s.id = u.staff_id AND s.salon_id = u.salon_id
                        WHERE u.id = :id AND u.salon_id = :salon""")
                .bind("id", userId).bind("salon", salonId).mapTo(String.class).findOne());
    }
}
