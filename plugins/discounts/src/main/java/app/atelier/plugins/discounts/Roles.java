package app.atelier.plugins.discounts;

import java.util.Set;

/** Who may change discounts: the REST API and the panel ask the same question here. */
public final class Roles {
    private static final Set<String> MANAGERS = Set.of("owner", "admin");

    private Roles() {
    }

    /** Owners and administrators manage discounts; masters (and public callers, role null) do not. */
    public static boolean manage(String role) {
        return role != null && MANAGERS.contains(role);
    }
}
