package app.atelier.plugins.discounts.pricing;

/**
 * Whether a rule holds for a visit: the value it is worth, or why not.
 *
 * @param value  the rule's value (basis points or minor units) when it holds
 * @param whyNot a person's reason when it does not, e.g. "not on Saturday"; null when it holds
 */
public record Verdict(long value, String whyNot) {

    public static Verdict holds(long value) {
        return new Verdict(value, null);
    }

    public static Verdict no(String reason) {
        return new Verdict(0, reason);
    }

    public boolean holds() {
        return whyNot == null;
    }
}
