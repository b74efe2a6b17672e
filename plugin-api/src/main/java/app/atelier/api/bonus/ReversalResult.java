package app.atelier.api.bonus;

import app.atelier.api.ApiStatus;

/**
 * The outcome of a {@link BonusWallet#reverse reversal}. On a repeated call the fields describe the
 * first reversal of that credit, and {@code reversed} is false.
 *
 * @param entryId   the negative ledger entry written, 0 when there was nothing left to take
 * @param reversed  true when this call reversed the credit, false when it had been reversed before
 * @param takenBack points taken back, minor units, {@code >= 0}
 * @param shortfall points of the credit that could not be taken back because the client had already
 *                  spent them and has nothing left, minor units, {@code >= 0}; points of the credit
 *                  that had expired count as neither
 * @param balance   the client's balance afterwards, minor units
 * @since 1.1.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.1.0")
public record ReversalResult(long entryId, boolean reversed, long takenBack, long shortfall, long balance) {
}
