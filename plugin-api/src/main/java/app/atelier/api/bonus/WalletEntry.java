package app.atelier.api.bonus;

import app.atelier.api.ApiStatus;

/**
 * The outcome of a credit.
 *
 * @param entryId  the ledger entry written (the existing one for a repeated dedup key)
 * @param credited false when the dedup key had been used already
 * @param balance  the client's balance afterwards, minor units
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record WalletEntry(long entryId, boolean credited, long balance) {
}
