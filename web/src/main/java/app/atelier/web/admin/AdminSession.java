package app.atelier.web.admin;

import app.atelier.core.auth.AuthService;
import app.atelier.core.auth.Principal;
import app.atelier.core.auth.Tokens;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The panel's session: the same sign-in token the API hands out ({@code ats_…}), carried in an
 * HttpOnly, SameSite=Lax cookie scoped to {@code /admin}. The CSRF token is derived from the session
 * secret (a SHA-256 of it with a distinct prefix), so it is per session, needs no storage and
 * cannot be computed by a page that cannot read the cookie. Before sign-in, the form carries a
 * double-submit token against login CSRF.
 */
public final class AdminSession {
    public static final String COOKIE = "atelier_session";
    public static final String LOGIN_COOKIE = "atelier_login_csrf";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final AuthService auth;
    private final Tokens tokens = new Tokens();

    public AdminSession(AuthService auth) {
        this.auth = auth;
    }

    /** The signed-in user of this request, if the cookie holds a live sign-in token. */
    public Optional<Principal> principal(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token == null || !token.startsWith("ats_")) {
            return Optional.empty();
        }
        return auth.authenticate(token);
    }

    public String csrf(Context ctx) {
        String token = ctx.cookie(COOKIE);
        return token == null ? "" : csrfOf(token);
    }

    static String csrfOf(String sessionToken) {
        return Tokens.digest("csrf:" + sessionToken);
    }

    /** Whether the POST carries this session's CSRF token (form field or htmx header). */
    public boolean csrfValid(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token == null) {
            return false;
        }
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null) {
            sent = ctx.formParam(CSRF_FIELD);
        }
        return sent != null && same(sent, csrfOf(token));
    }

    /** A fresh double-submit token for the sign-in form, also set as a short-lived cookie. */
    public String newLoginCsrf(Context ctx) {
        String value = tokens.newSecret("lc_");
        ctx.header("Set-Cookie", cookie(LOGIN_COOKIE, value, ctx, 900));
        return value;
    }

    public boolean loginCsrfValid(Context ctx) {
        String cookie = ctx.cookie(LOGIN_COOKIE);
        String sent = ctx.formParam(CSRF_FIELD);
        return cookie != null && sent != null && same(cookie, sent);
    }

    public void signIn(Context ctx, String token) {
        ctx.res().addHeader("Set-Cookie", cookie(COOKIE, token, ctx, AuthService.TOKEN_LIFETIME.toSeconds()));
        ctx.res().addHeader("Set-Cookie", cookie(LOGIN_COOKIE, "", ctx, 0));
    }

    public void signOut(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token != null && token.startsWith("ats_")) {
            auth.logout(token);
        }
        ctx.res().addHeader("Set-Cookie", cookie(COOKIE, "", ctx, 0));
    }

    private static String cookie(String name, String value, Context ctx, long maxAge) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        return name + "=" + value + "; Path=/admin; Max-Age=" + maxAge + "; HttpOnly; SameSite=Lax" + (https ? "; Secure" : "");
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
