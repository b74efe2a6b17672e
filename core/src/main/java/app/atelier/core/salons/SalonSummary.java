package app.atelier.core.salons;

import app.atelier.api.Salon;
import java.time.Instant;

/**
 * A salon as the operator's list shows it.
 *
 * @param salon      the salon
 * @param tariff     its tariff's name
 * @param ownerEmail its owner's sign-in email, or {@code null} when it has none
 * @param createdAt  when the operator onboarded it
 */
public record SalonSummary(Salon salon, String tariff, String ownerEmail, Instant createdAt) {
}
