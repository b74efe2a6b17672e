package app.atelier.web.http;

import app.atelier.core.auth.AuthService;
import app.atelier.core.auth.Principal;
import app.atelier.core.auth.Role;
import app.atelier.core.common.ForbiddenException;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;

/**
 * Who is calling. The salon always comes from the credentials, never from the request, so a
 * caller can only ever reach their own salon's rows.
 */
public final class Access {
    private static final String ATTRIBUTE = "atelier.principal";
    private final AuthService auth;

    public Access(AuthService auth) {
        this.auth = auth;
    }

    public Principal principal(Context ctx) {
        Principal cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthorizedResponse("send Authorization: Bearer <token or API key>");
        }
        Principal p = auth.authenticate(header.substring(7).trim())
                .orElseThrow(() -> new UnauthorizedResponse("the token or API key is not valid (signed out or revoked?)"));
        ctx.attribute(ATTRIBUTE, p);
        return p;
    }

    /** Any salon user; returns their salon id. */
    public Principal salonUser(Context ctx) {
        Principal p = principal(ctx);
        p.requireSalon();
        return p;
    }

    /** Owners and admins (and API keys), who run the desk. */
    public Principal desk(Context ctx) {
        Principal p = salonUser(ctx);
        if (!p.role().runsDesk()) {
            throw new ForbiddenException("only the salon's owner or administrators may do this");
        }
        return p;
    }

    public Principal owner(Context ctx) {
        Principal p = salonUser(ctx);
        if (p.role() != Role.OWNER) {
            throw new ForbiddenException("only the salon owner may do this");
        }
        return p;
    }

    public Principal operator(Context ctx) {
        Principal p = principal(ctx);
        if (p.role() != Role.OPERATOR) {
            throw new ForbiddenException("only the platform operator may do this");
        }
        return p;
    }
}
