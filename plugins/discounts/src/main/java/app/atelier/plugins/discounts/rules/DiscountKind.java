package app.atelier.plugins.discounts.rules;

import java.util.Locale;

/** How a rule's value is read: basis points of the targeted lines, or a fixed amount in minor units. */
public enum DiscountKind {
    PERCENT, FIXED;

    /** The JSON and database word: {@code percent} or {@code fixed}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named by {@code key}, or null for anything else. */
    public static DiscountKind parse(Object key) {
        for (DiscountKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        return null;
    }
}
