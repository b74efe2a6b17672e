package app.atelier.plugins.discounts.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * When a rule holds. Every condition that is set must hold; an unset one ({@code null}, empty,
 * {@code false}) does not restrict. Calendar conditions are read in the salon's zone at the visit's start.
 *
 * @param validFrom      first salon-local day of a promotion, or null
 * @param validTo        last salon-local day (inclusive), or null; both null: permanent
 * @param weekdays       days of the week the rule holds, sorted; empty: every day
 * @param hours          time-of-day window, or null: all day
 * @param clientTags     the client must carry at least one of these tags (ignoring case); empty: anyone
 * @param spendTiers     accumulated-spend tiers sorted by {@code minSpent}; when set, the highest tier
 *                       reached gives the rule's value, and below the first tier the rule does not hold
 * @param tierResetDays  with tiers: after this many days without a completed visit the spend counts as 0; null: never
 * @param firstVisitOnly only for a client without completed visits
 * @param birthday       window around the client's birthday, or null
 * @param channels       booking channels ({@code admin}, {@code online}, {@code app}), sorted; empty: any
 * @param minBill        smallest bill subtotal, minor units, or null
 */
public record Conditions(LocalDate validFrom, LocalDate validTo, List<DayOfWeek> weekdays, TimeWindow hours,
                         List<String> clientTags, List<SpendTier> spendTiers, Integer tierResetDays,
                         boolean firstVisitOnly, BirthdayWindow birthday, List<String> channels, Long minBill) {

    /** No condition: the rule always holds. */
    public static final Conditions NONE = new Conditions(null, null, List.of(), null, List.of(), List.of(), null, false,
            null, List.of(), null);

    public Conditions {
        weekdays = List.copyOf(weekdays);
        clientTags = List.copyOf(clientTags);
        spendTiers = List.copyOf(spendTiers);
        channels = List.copyOf(channels);
    }

    /** Whether the value comes from spend tiers rather than from the rule itself. */
    public boolean tiered() {
        return !spendTiers.isEmpty();
    }
}
