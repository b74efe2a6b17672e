package app.atelier.web.auth;

import app.atelier.core.auth.AuthService;
import app.atelier.core.auth.Principal;
import app.atelier.core.auth.SalonUserService;
import app.atelier.web.http.Access;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.http.Bodies;
import app.atelier.web.http.Params;
import io.javalin.http.HandlerType;
import java.util.Map;

/** Sign-in, sign-out and the salon's API keys. */
public final class AuthRoutes {
    private final AuthService auth;
    private final SalonUserService users;
    private final Access access;
    private final Bodies bodies;

    public AuthRoutes(AuthService auth, SalonUserService users, Access access, Bodies bodies) {
        this.auth = auth;
        this.users = users;
        this.access = access;
        this.bodies = bodies;
    }

    record LoginRequest(String email, String password) {
    }

    record ApiKeyRequest(String name) {
    }

    public void register(ApiRoutes routes) {
        routes.tag("auth")
                .open(HandlerType.POST, "/api/v1/auth/login", "Sign in with email and password; returns a bearer token", ctx -> {
                    LoginRequest r = bodies.read(ctx, LoginRequest.class);
                    AuthService.Login login = auth.login(r.email(), r.password(), ctx.ip());
                    Principal p = login.principal();
                    ctx.json(Map.of("token", login.token(), "user", user(p)));
                })
                .post("/api/v1/auth/logout", "End this token's session", ctx -> {
                    access.principal(ctx);
                    auth.logout(ctx.header("Authorization").substring(7).trim());
                    ctx.status(204);
                })
                .get("/api/v1/auth/me", "Who the token belongs to", ctx -> ctx.json(user(access.principal(ctx))))
                .get("/api/v1/api-keys", "The salon's API keys (owner)", ctx -> ctx.json(auth.apiKeys(access.owner(ctx))))
                .post("/api/v1/api-keys", "Create an API key; the secret is shown once (owner)", ctx -> {
                    Principal owner = access.owner(ctx);
                    ctx.status(201).json(auth.createApiKey(owner, bodies.read(ctx, ApiKeyRequest.class).name()));
                })
                .get("/api/v1/users", "The salon's users (owner)", ctx -> ctx.json(users.list(access.owner(ctx))))
                .post("/api/v1/users", "Add an admin, or a master linked to a staff row (owner)", ctx -> {
                    Principal owner = access.owner(ctx);
                    ctx.status(201).json(users.create(owner, bodies.read(ctx, SalonUserService.NewUser.class)));
                })
                .delete("/api/v1/users/{id}", "Remove an admin or master and sign them out (owner)", ctx -> {
                    users.delete(access.owner(ctx), Params.id(ctx, "id"));
                    ctx.status(204);
                })
                .delete("/api/v1/api-keys/{id}", "Revoke an API key (owner)", ctx -> {
                    if (!auth.revokeApiKey(access.owner(ctx), Params.id(ctx, "id"))) {
                        throw new app.atelier.core.common.NotFoundException("API key");
                    }
                    ctx.status(204);
                });
    }

    private static Map<String, Object> user(Principal p) {
        var user = new java.util.LinkedHashMap<String, Object>();
        user.put("email", p.email());
        user.put("role", p.role().key());
        user.put("salonId", p.salonId());
        if (p.staffId() != null) {
            user.put("staffId", p.staffId());
        }
        return user;
    }
}
