package app.atelier.api.bonus;

import app.atelier.api.ApiStatus;
import org.pf4j.ExtensionPoint;

/**
 * A client's bonus points, provided by the bonus plugin for other plugins (referral rewards,
 * promotions). Absent when the bonus plugin is not active for the salon: look it up with
 * {@code context.extensions(salonId, BonusWallet.class)} and fall back when the list is empty.
 *
 * <p>A plugin that credits points should be ready to {@link #reverse reverse} them when the reason
 * for the credit goes away (a refund), and to do so later when the wallet was absent at that moment.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface BonusWallet extends ExtensionPoint {

    /** Credits points (a ledger entry); idempotent per dedup key. */
    WalletEntry credit(WalletCredit credit);

    /**
     * Takes back an earlier {@link #credit credit} of the calling plugin, named by its dedup key:
     * for example the referral plugin takes back a referrer's reward when the visit that earned it is
     * refunded. Writes a new negative ledger entry (the credit itself is never changed) in
     * {@link WalletReversal#handle()} when given, so it commits or rolls back with the caller's
     * transaction.
     *
     * <p>What is taken back: the credit's points less any of them that expired meanwhile, taken from
     * the credit's own unspent points first and then from the client's other points, oldest first,
     * but never more than the client can spend: the balance never goes below zero. Points the client
     * already spent and cannot cover are reported as {@link ReversalResult#shortfall()} and written
     * into the entry's reason; they are not collected later.
     *
     * <p>Idempotent: a credit is reversed at most once; a repeated call moves nothing and answers the
     * first reversal with {@code reversed == false}, even when that one found nothing to take.
     *
     * @throws IllegalArgumentException when the salon has no credit with that dedup key, or another
     *                                  plugin made it
     * @throws UnsupportedOperationException from a wallet of plugin-api 1.0, which cannot reverse
     * @since 1.1.0
     */
    default ReversalResult reverse(WalletReversal reversal) {
        throw new UnsupportedOperationException("this BonusWallet cannot take credits back (it implements plugin-api 1.0)");
    }

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
