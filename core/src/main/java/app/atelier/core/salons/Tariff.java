package app.atelier.core.salons;

import java.util.Set;

/** A tariff: the plugins a salon on it may switch on. */
public record Tariff(long id, String name, Set<String> plugins) {
    public Tariff {
        plugins = Set.copyOf(plugins);
    }
}
