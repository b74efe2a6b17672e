package app.atelier.plugins.bonus.program;

import app.atelier.api.pricing.BillLine;
import java.util.Set;

/**
 * Which bill lines earn points in a program. All empty means every line earns; otherwise a line
 * earns when its service, its category or its product is listed.
 *
 * @param services   service ids
 * @param categories service categories, compared ignoring case
 * @param products   product ids
 */
public record Earning(Set<Long> services, Set<String> categories, Set<Long> products) {
    public static final Earning ALL = new Earning(Set.of(), Set.of(), Set.of());

    public Earning {
        services = Set.copyOf(services);
        categories = Set.copyOf(categories.stream().map(c -> c.trim().toLowerCase(java.util.Locale.ROOT)).toList());
        products = Set.copyOf(products);
    }

    /** Whether every line earns. */
    public boolean all() {
        return services.isEmpty() && categories.isEmpty() && products.isEmpty();
    }

    /** Whether this line earns. */
    public boolean earns(BillLine line) {
        if (all()) {
            return true;
        }
        if ("product".equals(line.kind())) {
            return products.contains(line.itemId());
        }
        return services.contains(line.itemId())
                || line.category() != null && categories.contains(line.category().trim().toLowerCase(java.util.Locale.ROOT));
    }
}
