package app.atelier.plugins.discounts.pricing;

/**
 * A discount that holds for this bill, before stacking.
 *
 * @param label    what the bill prints (the rule's name)
 * @param kind     the adjustment's kind: {@code discount}, {@code personal_discount} or {@code manual_discount}
 * @param amount   the discount, minor units, positive
 * @param combines whether it applies together with the others or competes for best-of
 */
public record Candidate(String label, String kind, long amount, boolean combines) {
}
