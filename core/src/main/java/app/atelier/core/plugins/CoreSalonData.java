package app.atelier.core.plugins;

import app.atelier.api.Salon;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.SalonData;
import app.atelier.api.data.VisitView;
import app.atelier.core.clients.ClientService;
import app.atelier.core.db.Database;
import app.atelier.core.salons.SalonService;
import java.time.Instant;
import java.util.Optional;

/** Read-only core data for plugins, every lookup scoped by salon. */
public final class CoreSalonData implements SalonData {
    private final Database db;
    private final SalonService salons;
    private final ClientService clients;

    public CoreSalonData(Database db, SalonService salons, ClientService clients) {
        this.db = db;
        this.salons = salons;
        this.clients = clients;
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
    public Optional<VisitView> visit(long salonId, long visitId) {
        return db.read(h -> h.createQuery("""
                        SELECT id, salon_id, client_id, staff_id, start_at, end_at, status, channel FROM visit
                        WHERE id = :v AND salon_id = :s""")
                .bind("v", visitId).bind("s", salonId)
                .map((rs, ctx) -> new VisitView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6)), rs.getString(7), rs.getString(8)))
                .findOne());
    }
}
