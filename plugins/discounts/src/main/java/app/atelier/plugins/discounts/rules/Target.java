package app.atelier.plugins.discounts.rules;

import app.atelier.api.pricing.BillLine;
import java.util.List;
import java.util.Locale;

/**
 * Which lines of a bill a rule discounts.
 *
 * @param type       the whole bill, chosen services, service categories or chosen products
 * @param ids        service or product ids for {@link Type#SERVICES} and {@link Type#PRODUCTS}; empty otherwise
 * @param categories service categories for {@link Type#CATEGORIES} (compared ignoring case); empty otherwise
 */
public record Target(Type type, List<Long> ids, List<String> categories) {

    /** The kinds of target. */
    public enum Type {
        BILL, SERVICES, CATEGORIES, PRODUCTS;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type named by {@code key}, or null. */
        public static Type parse(Object key) {
            for (Type t : values()) {
                if (t.key().equals(key)) {
                    return t;
                }
            }
            return null;
        }
    }

    public Target {
        ids = List.copyOf(ids);
        categories = List.copyOf(categories);
    }

    /** The whole bill. */
    public static Target bill() {
        return new Target(Type.BILL, List.of(), List.of());
    }

    /** Whether the rule discounts this line. */
    public boolean matches(BillLine line) {
        return switch (type) {
            case BILL -> true;
            case SERVICES -> "service".equals(line.kind()) && ids.contains(line.itemId());
            case PRODUCTS -> "product".equals(line.kind()) && ids.contains(line.itemId());
            case CATEGORIES -> "service".equals(line.kind()) && line.category() != null
                    && categories.stream().anyMatch(c -> c.equalsIgnoreCase(line.category()));
        };
    }

    /** What a person reads when no line matches, e.g. "no matching services on the bill". */
    public String nothingMatches() {
        return switch (type) {
            case BILL -> "the bill is empty";
            case SERVICES -> "none of its services is on the bill";
            case PRODUCTS -> "none of its products is on the bill";
            case CATEGORIES -> "no service of " + String.join(", ", categories) + " is on the bill";
        };
    }
}
