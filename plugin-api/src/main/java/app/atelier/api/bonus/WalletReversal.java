package app.atelier.api.bonus;

import app.atelier.api.ApiStatus;
import org.jdbi.v3.core.Handle;

/**
 * A request to take back an earlier {@link BonusWallet#credit credit}, e.g. a referral reward whose
 * earning visit was refunded. The credit is named by the dedup key it was made with.
 *
 * @param salonId  the salon
 * @param dedupKey the {@link WalletCredit#dedupKey()} of the credit to take back (e.g. {@code referral:42})
 * @param reason   what the ledger shows, e.g. "Referral reversed: Maria's first visit was refunded"
 * @param source   the calling plugin's id; it must be the plugin that made the credit
 * @param handle   an open transaction to write in (e.g. the refund's), or {@code null} for a new one
 * @since 1.1.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.1.0")
public record WalletReversal(long salonId, String dedupKey, String reason, String source, Handle handle) {
}
