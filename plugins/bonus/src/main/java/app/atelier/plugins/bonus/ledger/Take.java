package app.atelier.plugins.bonus.ledger;

/**
 * A part of a lot that a negative ledger entry consumes.
 *
 * @param creditId the lot's positive entry
 * @param amount   points taken from it, positive
 */
public record Take(long creditId, long amount) {
}
