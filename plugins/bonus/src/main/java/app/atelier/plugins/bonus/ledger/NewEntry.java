package app.atelier.plugins.bonus.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A ledger entry to write. The amount is the magnitude; {@link Ledger} signs it by the operation.
 *
 * @param salonId   the salon
 * @param clientId  the client
 * @param kind      what it records
 * @param amount    points, minor units, positive
 * @param expiresAt for a credit: when its points expire, or {@code null} for never
 * @param programId the program that accrued it, or {@code null}
 * @param visitId   the visit it belongs to, or {@code null}
 * @param giftId    the gift batch, or {@code null}
 * @param reason    what a person reads in the history
 * @param source    who wrote it: {@code bonus}, or another plugin's id through the wallet
 * @param dedupKey  unique per salon per intended movement; a repeated key moves nothing
 * @param createdBy the salon user, or {@code null}
 */
public record NewEntry(long salonId, long clientId, Kind kind, long amount, Instant expiresAt, Long programId, Long visitId,
                       Long giftId, String reason, String source, String dedupKey, Long createdBy) {
    public NewEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dedupKey, "dedupKey");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }

    /** The simplest entry: no program, visit or gift. */
    public static NewEntry of(long salonId, long clientId, Kind kind, long amount, Instant expiresAt, String reason,
                              String dedupKey) {
        return new NewEntry(salonId, clientId, kind, amount, expiresAt, null, null, null, reason, "bonus", dedupKey, null);
    }

    public NewEntry withAmount(long value) {
        return new NewEntry(salonId, clientId, kind, value, expiresAt, programId, visitId, giftId, reason, source, dedupKey, createdBy);
    }

    public NewEntry withReason(String value) {
        return new NewEntry(salonId, clientId, kind, amount, expiresAt, programId, visitId, giftId, value, source, dedupKey, createdBy);
    }
}
