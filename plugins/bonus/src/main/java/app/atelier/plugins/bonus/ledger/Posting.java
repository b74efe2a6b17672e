package app.atelier.plugins.bonus.ledger;

/**
 * What a ledger operation did.
 *
 * @param entryId the entry written, or the earlier one with the same dedup key; 0 when nothing was written
 * @param posted  false when the dedup key was used already (nothing moved) or there was nothing to move
 * @param amount  the signed points moved by this call (0 when not posted)
 */
public record Posting(long entryId, boolean posted, long amount) {

    static Posting replayed(long entryId) {
        return new Posting(entryId, false, 0);
    }

    static Posting nothing() {
        return new Posting(0, false, 0);
    }
}
