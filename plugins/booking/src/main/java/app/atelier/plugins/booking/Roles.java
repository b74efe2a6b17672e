package app.atelier.plugins.booking;

import app.atelier.api.web.PluginRequest;
import io.javalin.http.ForbiddenResponse;
import java.util.Set;

/** Who may do what on the desk's side: owners and admins change, masters read. Used by the REST routes and the panel page. */
public final class Roles {
    public static final Set<String> DESK = Set.of("owner", "admin");
    public static final Set<String> STAFF = Set.of("owner", "admin", "master");

    private Roles() {
    }

    /** A 403 unless the caller has one of the roles. */
    public static void require(PluginRequest req, Set<String> roles) {
        if (req.role() == null || !roles.contains(req.role())) {
            throw new ForbiddenResponse("your role may not do this");
        }
    }
}
