package app.atelier.api.bonus;

import app.atelier.api.ApiStatus;
import org.pf4j.ExtensionPoint;

/**
 * A client's bonus points, provided by the bonus plugin for other plugins (referral rewards,
 * promotions). Absent when the bonus plugin is not active for the salon: look it up with
 * {@code context.extensions(salonId, BonusWallet.class)} and fall back when the list is empty.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface BonusWallet extends ExtensionPoint {

    /** Credits points (a ledger entry); idempotent per dedup key. */
    WalletEntry credit(WalletCredit credit);

    /**
     * The client's current balance, minor units. Reads through its own connection: inside a checkout
     * or refund, use the balance in the {@link WalletEntry} that {@code credit(..., handle)} returns
     * instead (the open transaction holds the database's single writer).
     */
    long balance(long salonId, long clientId);

    /**
     * Points that will expire in {@code [from, to)} and are not spent yet, per client and expiry
     * moment, for warnings such as "500 points expire on Friday". Reads through its own connection.
     */
    java.util.List<ExpiringPoints> expiring(long salonId, java.time.Instant from, java.time.Instant to);

    /**
     * The points granted for the client's birthday in {@code year} (salon-local), 0 when none; so a
     * birthday greeting can mention the gift. Reads through its own connection.
     */
    long birthdayGift(long salonId, long clientId, int year);
}
