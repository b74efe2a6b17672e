package app.atelier.plugins.bonus.wallet;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@code bonus_wallet_reversal}: one row per wallet credit taken back, written with the negative
 * ledger entry (or without one when nothing was left to take), so that a credit is reversed at most
 * once. Append-only; scoped by salon.
 */
final class ReversalStore {
    private final Handle h;

    ReversalStore(Handle h) {
        this.h = h;
    }

    /** An earlier reversal of a credit. */
    record Row(Long entryId, long takenBack, long shortfall) {
    }

    Optional<Row> of(long salonId, long creditId) {
        return h.createQuery("SELECT entry_id, taken_back, shortfall FROM bonus_wallet_reversal WHERE salon_id = :s AND credit_id = :c")
                .bind("s", salonId).bind("c", creditId)
                .map((rs, ctx) -> new Row(rs.getObject(1) == null ? null : rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .findOne();
    }

    void insert(long salonId, long clientId, long creditId, Long entryId, long takenBack, long shortfall, String source, Instant at) {
        h.createUpdate("""
                        INSERT INTO bonus_wallet_reversal (salon_id, client_id, credit_id, entry_id, taken_back, shortfall, source, created_at)
                        VALUES (:s, :c, :credit, :entry, :taken, :short, :source, :at)""")
                .bind("s", salonId).bind("c", clientId).bind("credit", creditId).bind("entry", entryId).bind("taken", takenBack)
                .bind("short", shortfall).bind("source", source).bind("at", at.toEpochMilli()).execute();
    }
}
