package app.atelier.plugins.bonus.ledger;

import java.time.Instant;

/**
 * A written ledger entry.
 *
 * @param id        its id; entries of a client in id order are its history
 * @param clientId  the client
 * @param kind      what it records
 * @param amount    signed points: positive adds, negative takes
 * @param remaining for a positive entry the points of it not yet consumed; 0 for a negative one
 * @param expiresAt when a positive entry's points expire, or {@code null}
 * @param programId the accruing program, or {@code null}
 * @param visitId   the visit, or {@code null}
 * @param giftId    the gift batch, or {@code null}
 * @param reason    what a person reads
 * @param source    the writing plugin
 * @param dedupKey  its unique key
 * @param createdAt when it was written
 */
public record LedgerEntry(long id, long clientId, Kind kind, long amount, long remaining, Instant expiresAt, Long programId,
                          Long visitId, Long giftId, String reason, String source, String dedupKey, Instant createdAt) {
}
