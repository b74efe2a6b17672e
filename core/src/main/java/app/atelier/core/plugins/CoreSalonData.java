package app.atelier.core.plugins;

import app.atelier.api.Salon;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.SalonData;
import app.atelier.api.data.VisitView;
import app.atelier.core.db.Database;
import app.atelier.core.salons.SalonService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read-only core data for plugins, every lookup scoped by salon. */
public final class CoreSalonData implements SalonData {
    private final Database db;
    private final SalonService salons;

    public CoreSalonData(Database db, SalonService salons) {
        this.db = db;
        this.salons = salons;
    }

    @Override
    public Optional<Salon> salon(long salonId) {
        return salons.find(salonId);
    }

    @Override
    public Optional<ClientView> client(long salonId, long clientId) {
        return db.read(h -> {
            List<String> tags = h.createQuery("SELECT tag FROM client_tag WHERE client_id = :c AND salon_id = :s ORDER BY tag")
                    .bind("c", clientId).bind("s", salonId).mapTo(String.class).list();
            return h.createQuery("""
                            SELECT id, salon_id, name, phone, email, birthday, source, consent FROM client
                            WHERE id = :c AND salon_id = :s AND deleted_at IS NULL""")
                    .bind("c", clientId).bind("s", salonId)
                    .map((rs, ctx) -> new ClientView(rs.getLong("id"), rs.getLong("salon_id"), rs.getString("name"),
                            rs.getString("phone"), rs.getString("email"),
                            rs.getString("birthday") == null ? null : LocalDate.parse(rs.getString("birthday")),
                            rs.getString("source"), tags, rs.getInt("consent") == 1))
                    .findOne();
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
}
