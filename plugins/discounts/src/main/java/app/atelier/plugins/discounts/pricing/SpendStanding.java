package app.atelier.plugins.discounts.pricing;

import app.atelier.plugins.discounts.rules.SpendTier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where a client stands on a rule's spend tiers on a given salon-local day.
 *
 * @param spend       the spend that counts: all money paid, or 0 after a reset
 * @param reset       whether the spend was reset because the last visit is too long ago
 * @param daysAway    salon-local days since the last completed visit, or -1 without one
 * @param reached     the highest tier reached, or null
 * @param next        the next tier up, or null at the top
 */
public record SpendStanding(long spend, boolean reset, long daysAway, SpendTier reached, SpendTier next) {

    /**
     * The standing of a client who paid {@code totalPaid} and last came at {@code lastVisit}.
     *
     * @param tiers     sorted by minSpent
     * @param resetDays days without a visit after which the spend counts as 0, or null
     */
    public static SpendStanding of(List<SpendTier> tiers, Integer resetDays, long totalPaid, Instant lastVisit,
                                   LocalDate day, ZoneId zone) {
        long daysAway = lastVisit == null ? -1 : ChronoUnit.DAYS.between(lastVisit.atZone(zone).toLocalDate(), day);
        boolean reset = resetDays != null && daysAway > resetDays;
        long spend = reset ? 0 : totalPaid;
        SpendTier reached = null;
        SpendTier next = null;
        for (SpendTier t : tiers) {
            if (t.minSpent() <= spend) {
                reached = t;
            } else if (next == null) {
                next = t;
            }
        }
        return new SpendStanding(spend, reset, daysAway, reached, next);
    }
}
