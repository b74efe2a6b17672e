package app.atelier.plugins.bonus.ledger;

import java.time.Instant;

/**
 * Points of one positive ledger entry that are still unspent.
 *
 * @param creditId  the positive ledger entry
 * @param remaining points left, minor units, positive
 * @param expiresAt when they expire, or {@code null} for never
 */
public record Lot(long creditId, long remaining, Instant expiresAt) {

    /** Whether the lot can no longer be spent at {@code now}. */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
