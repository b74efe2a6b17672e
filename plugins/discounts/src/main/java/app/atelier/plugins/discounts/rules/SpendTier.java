package app.atelier.plugins.discounts.rules;

/**
 * One step of an accumulated-spend discount: from {@code minSpent} paid over all time, the rule is
 * worth {@code value} (basis points or minor units, as the rule's kind says).
 *
 * @param minSpent money paid over all time from which the tier holds, minor units
 * @param value    the rule's value in this tier
 */
public record SpendTier(long minSpent, long value) {
}
