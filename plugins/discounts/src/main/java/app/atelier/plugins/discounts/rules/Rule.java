package app.atelier.plugins.discounts.rules;

import java.util.Objects;

/**
 * A salon's discount rule.
 *
 * @param id         the rule's id (0 before it is stored)
 * @param name       what the bill prints, e.g. "Birthday week −10%"
 * @param kind       percent (basis points) or fixed (minor units)
 * @param value      the discount; null when {@link Conditions#spendTiers()} give it
 * @param target     the lines it discounts
 * @param conditions when it holds
 * @param combines   true: applies together with every other rule; false: competes with the other
 *                   non-combining rules and only the best for the client applies
 * @param active     false: kept but never applied
 */
public record Rule(long id, String name, DiscountKind kind, Long value, Target target, Conditions conditions,
                   boolean combines, boolean active) {

    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(conditions, "conditions");
    }

    /** The same rule under another id. */
    public Rule withId(long newId) {
        return new Rule(newId, name, kind, value, target, conditions, combines, active);
    }

    /** The same rule switched on or off. */
    public Rule withActive(boolean on) {
        return new Rule(id, name, kind, value, target, conditions, combines, on);
    }
}
