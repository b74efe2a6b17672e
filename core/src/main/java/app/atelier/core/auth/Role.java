package app.atelier.core.auth;

import java.util.Locale;

/** Who a user is to the platform. Owners and admins run a salon; masters see their own day. */
public enum Role {
    OPERATOR, OWNER, ADMIN, MASTER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** Salon staff who may run the desk: book, check out, manage clients. */
    public boolean runsDesk() {
        return this == OWNER || this == ADMIN;
    }
}
