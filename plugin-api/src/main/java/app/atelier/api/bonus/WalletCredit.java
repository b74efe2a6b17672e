package app.atelier.api.bonus;

import app.atelier.api.ApiStatus;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Points to credit to a client's bonus wallet.
 *
 * @param salonId   the salon
 * @param clientId  the client
 * @param amount    points in minor units of the salon currency (1 point pays 1 minor unit), positive
 * @param reason    what the ledger shows, e.g. "Referral: Anna brought Maria"
 * @param source    the crediting plugin's id
 * @param expiresAt when these points expire, or {@code null} for the wallet's default
 * @param dedupKey  unique per intended credit (e.g. {@code referral:visit:42}); a repeated key credits nothing
 * @param handle    an open transaction to write in (e.g. the checkout's), or {@code null} for a new one
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record WalletCredit(long salonId, long clientId, long amount, String reason, String source, Instant expiresAt,
                           String dedupKey, Handle handle) {
}
