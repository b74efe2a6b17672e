package app.atelier.plugins.discounts.personal;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Personal discounts in {@code discounts_personal}: at most one per client, scoped by salon. */
public final class PersonalStore {
    private final Jdbi db;

    public PersonalStore(Jdbi db) {
        this.db = db;
    }

    public Optional<PersonalDiscount> find(long salonId, long clientId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT client_id, percent_bp, reason, set_by, set_by_role, set_at FROM discounts_personal
                        WHERE salon_id = :s AND client_id = :c""")
                .bind("s", salonId).bind("c", clientId)
                .map((rs, ctx) -> new PersonalDiscount(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))))
                .findOne());
    }

    /** Sets or replaces the client's personal discount (one statement: no partial write). */
    public PersonalDiscount put(long salonId, PersonalDiscount d) {
        db.useHandle(h -> h.createUpdate("""
                        INSERT INTO discounts_personal (salon_id, client_id, percent_bp, reason, set_by, set_by_role, set_at)
                        VALUES (:s, :c, :p, :r, :u, :role, :at)
                        ON CONFLICT (salon_id, client_id) DO UPDATE SET percent_bp = excluded.percent_bp,
                        reason = excluded.reason, set_by = excluded.set_by, set_by_role = excluded.set_by_role,
                        set_at = excluded.set_at""")
                .bind("s", salonId).bind("c", d.clientId()).bind("p", d.percent()).bind("r", d.reason())
                .bind("u", d.setBy()).bind("role", d.setByRole()).bind("at", d.setAt().toEpochMilli()).execute());
        return d;
    }

    /** Removes it; false when the client had none. */
    public boolean delete(long salonId, long clientId) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM discounts_personal WHERE salon_id = :s AND client_id = :c")
                .bind("s", salonId).bind("c", clientId).execute() > 0);
    }
}
