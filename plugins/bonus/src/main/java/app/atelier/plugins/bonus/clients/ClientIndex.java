package app.atelier.plugins.bonus.clients;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The ids of the salon's clients this plugin has heard of, in {@code bonus_client}: from
 * {@code client.created} and visit events, checkouts, and anyone with a ledger entry.
 */
public final class ClientIndex {
    private final Handle h;

    public ClientIndex(Handle h) {
        this.h = h;
    }

    /** Remembers a client (a repeated call changes nothing). */
    public void seen(long salonId, long clientId, Instant now) {
        h.execute("INSERT INTO bonus_client (salon_id, client_id, seen_at) VALUES (?, ?, ?) ON CONFLICT (salon_id, client_id) DO NOTHING",
                salonId, clientId, now.toEpochMilli());
    }

    /** Every client id known for the salon, ascending. */
    public List<Long> known(long salonId) {
        return h.createQuery("""
                        SELECT client_id FROM bonus_client WHERE salon_id = :s
                        UNION SELECT client_id FROM bonus_ledger WHERE salon_id = :s
                        ORDER BY 1""")
                .bind("s", salonId).mapTo(Long.class).list();
    }
}
