package app.atelier.plugins.discounts.personal;

import java.time.Instant;

/**
 * A discount written on one client's card.
 *
 * @param clientId  the client
 * @param percent   basis points of every line of the client's bills
 * @param reason    why the salon gives it
 * @param setBy     the user who set it (for an API key: the owner who created the key)
 * @param setByRole that user's role
 * @param setAt     when
 */
public record PersonalDiscount(long clientId, long percent, String reason, Long setBy, String setByRole, Instant setAt) {
}
