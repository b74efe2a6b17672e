package app.atelier.web.admin;

import app.atelier.api.Salon;
import app.atelier.core.AtelierCore;
import app.atelier.core.auth.AuthService;
import app.atelier.core.auth.Principal;
import app.atelier.core.auth.Role;
import app.atelier.core.common.ForbiddenException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.web.admin.dashboard.DashboardPage;
import app.atelier.web.admin.clients.ClientPages;
import app.atelier.web.admin.calendar.CalendarPages;
import app.atelier.web.admin.catalog.CatalogPage;
import app.atelier.web.admin.plugins.PluginPages;
import app.atelier.web.admin.plugins.PluginAdminPages;
import app.atelier.web.admin.reports.ReportPages;
import app.atelier.web.admin.tasks.TaskPages;
import app.atelier.web.admin.operator.OperatorConsole;
import app.atelier.web.admin.operator.OperatorPage;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.plugins.PluginDispatcher;
import app.atelier.web.plugins.PluginRouteTable;
import app.atelier.web.pages.PebbleRenderer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The admin panel under {@code /admin}: server-rendered Pebble pages over the core services, htmx
 * for the live parts. Every page resolves the session cookie, the salon and its locale; every POST
 * must carry the session's CSRF token; each page states which roles may see it. The platform
 * operator, who has no salon, gets the operator console under {@code /admin/operator} instead
 * ({@link #operatorPage}); salon pages send the operator there, and the console refuses salon users.
 */
public final class AdminRoutes {
    /** Who may open a page. */
    public enum Gate { ANY, DESK, OWNER }

    @FunctionalInterface
    public interface PageHandler {
        void handle(Context ctx, Page page) throws Exception;
    }

    @FunctionalInterface
    public interface OperatorHandler {
        void handle(Context ctx, OperatorPage page) throws Exception;
    }

    /** Where the operator lands after signing in. */
    public static final String OPERATOR_HOME = "/admin/operator";

    /** The user's language choice, overriding the salon's (en or ru). */
    static final String LANGUAGE_COOKIE = "atelier_lang";
    private static final String HTML_PAGE = "atelier.admin.html";

    private final AtelierCore core;
    private final AdminSession session;
    private final String htmxPath;
    private final PluginMenu pluginMenu;

    public AdminRoutes(AtelierCore core, PluginRouteTable pluginRoutes) {
        this.core = core;
        this.pluginMenu = new PluginMenu(core, pluginRoutes);
        this.session = new AdminSession(core.auth());
        this.htmxPath = "META-INF/resources/webjars/htmx.org/" + htmxVersion() + "/dist/htmx.min.js";
    }

    /**
     * Registers the panel, plugin pages last so that the panel's own paths win. {@code config} is
     * for one thing: the host's 404 handler turns every 404 into problem+json, so a panel 404 keeps
     * its HTML page by restoring it after that handler ran (Javalin runs every matching error
     * handler in the order they were registered).
     */
    public void register(ApiRoutes routes, RoutesConfig config, PluginDispatcher dispatcher) {
        config.error(404, "*", ctx -> {
            String html = ctx.attribute(HTML_PAGE);
            if (html != null) {
                ctx.contentType("text/html; charset=utf-8").result(html);
            }
        });
        routes.raw(HandlerType.GET, "/admin/static/htmx.min.js", ctx -> serve(ctx, htmxPath, "text/javascript"));
        routes.raw(HandlerType.GET, "/admin/static/admin.css", ctx -> serve(ctx, "admin-static/admin.css", "text/css"));
        routes.raw(HandlerType.GET, "/admin/login", this::loginForm);
        routes.raw(HandlerType.POST, "/admin/login", this::login);
        routes.raw(HandlerType.POST, "/admin/logout", page(Gate.ANY, (ctx, p) -> {
            session.signOut(ctx);
            redirect(ctx, "/admin/login");
        }));
        routes.raw(HandlerType.POST, "/admin/language", page(Gate.ANY, (ctx, p) -> chooseLanguage(ctx)));
        routes.raw(HandlerType.POST, OPERATOR_HOME + "/logout", operatorPage((ctx, p) -> {
            session.signOut(ctx);
            redirect(ctx, "/admin/login");
        }));
        routes.raw(HandlerType.POST, OPERATOR_HOME + "/language", operatorPage((ctx, p) -> chooseLanguage(ctx)));
        new OperatorConsole(core).register(this, routes);
        new DashboardPage(core).register(this, routes);
        new ClientPages(core).register(this, routes);
        new CalendarPages(core).register(this, routes);
        new PluginPages(core).register(this, routes);
        new CatalogPage(core).register(this, routes);
        new ReportPages(core).register(this, routes);
        new TaskPages(core).register(this, routes);
        new PluginAdminPages(dispatcher).register(this, routes);
    }

    /** Wraps a page: session, salon, locale, CSRF on POST, the role gate, and HTML error pages. */
    public Handler page(Gate gate, PageHandler handler) {
        return ctx -> {
            Optional<Principal> who = session.principal(ctx);
            if (who.isEmpty()) {
                toLogin(ctx);
                return;
            }
            if (who.get().salonId() == null) {
                redirect(ctx, OPERATOR_HOME);
                return;
            }
            Principal user = who.get();
            Salon salon = core.salons().get(user.salonId());
            Locale locale = locale(salon, ctx.cookie(LANGUAGE_COOKIE));
            ctx.attribute(PebbleRenderer.LOCALE, locale);
            String here = ctx.method() == HandlerType.GET ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/admin";
            Page page = new Page(user, salon, locale, Messages.of(locale), session.csrf(ctx), here,
                    pluginMenu.links(salon.id(), user.role().runsDesk(), locale));
            if (ctx.method() != HandlerType.GET && !session.csrfValid(ctx)) {
                error(ctx, page, 403, page.t().get("error_csrf"));
                return;
            }
            boolean allowed = switch (gate) {
                case ANY -> true;
                case DESK -> page.desk();
                case OWNER -> page.owner();
            };
            if (!allowed) {
                error(ctx, page, 403, page.t().get("error_forbidden"));
                return;
            }
            guarded(() -> handler.handle(ctx, page), page.t(), (status, message) -> error(ctx, page, status, message));
        };
    }

    /**
     * Wraps an operator console page: session, the operator's language, CSRF on POST, and HTML error
     * pages. A salon user gets the salon panel's 403 page; nobody signed in goes to the sign-in form.
     */
    public Handler operatorPage(OperatorHandler handler) {
        return ctx -> {
            Optional<Principal> who = session.principal(ctx);
            if (who.isEmpty()) {
                toLogin(ctx);
                return;
            }
            if (who.get().salonId() != null || who.get().role() != Role.OPERATOR) {
                page(Gate.ANY, (c, p) -> error(c, p, 403, p.t().get("error_forbidden"))).handle(ctx);
                return;
            }
            Locale locale = "ru".equals(ctx.cookie(LANGUAGE_COOKIE)) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
            ctx.attribute(PebbleRenderer.LOCALE, locale);
            String here = ctx.method() == HandlerType.GET ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : OPERATOR_HOME;
            OperatorPage page = new OperatorPage(who.get(), locale, Messages.of(locale), session.csrf(ctx), here);
            if (ctx.method() != HandlerType.GET && !session.csrfValid(ctx)) {
                operatorError(ctx, page, 403, page.t().get("error_csrf"));
                return;
            }
            guarded(() -> handler.handle(ctx, page), page.t(), (status, message) -> operatorError(ctx, page, status, message));
        };
    }

    @FunctionalInterface
    private interface Body {
        void run() throws Exception;
    }

    /** Runs a page's body; a missing thing, a refused role or a malformed number becomes an error page. */
    private static void guarded(Body body, Map<String, String> t, java.util.function.BiConsumer<Integer, String> errorPage) throws Exception {
        try {
            body.run();
        } catch (NotFoundException e) {
            errorPage.accept(404, t.get("error_not_found"));
        } catch (ForbiddenException e) {
            errorPage.accept(403, t.get("error_forbidden"));
        } catch (NumberFormatException e) {
            errorPage.accept(400, t.get("error_bad_input"));
        }
    }

    private static void toLogin(Context ctx) {
        if (ctx.method() == HandlerType.GET) {
            String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            redirect(ctx, "/admin/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        } else {
            redirect(ctx, "/admin/login");
        }
    }

    /** The language switch: a cookie for the whole panel, then back to the page it came from. */
    private static void chooseLanguage(Context ctx) {
        String lang = "ru".equals(ctx.formParam("lang")) ? "ru" : "en";
        ctx.res().addHeader("Set-Cookie", LANGUAGE_COOKIE + "=" + lang + "; Path=/admin; Max-Age=31536000; HttpOnly; SameSite=Lax");
        redirect(ctx, safeNext(ctx.formParam("next")));
    }

    /**
     * The salon's locale, or the user's own language (a cookie set by the language switch) with
     * the salon's region, so money and dates still follow the salon's country.
     */
    static Locale locale(Salon salon, String userLanguage) {
        Locale base = salon.locale() == null ? Locale.ENGLISH : salon.locale();
        String language = "en".equals(userLanguage) || "ru".equals(userLanguage) ? userLanguage : base.getLanguage();
        Locale.Builder b = new Locale.Builder().setLanguage(language);
        try {
            b.setRegion(base.getCountry().isEmpty() ? salon.country() : base.getCountry());
        } catch (java.util.IllformedLocaleException e) {
            // no usable region: the language alone
        }
        return b.build();
    }

    public static void error(Context ctx, Page page, int status, String message) {
        errorPage(ctx, "templates/admin/error.peb", page.model(""), status, message);
    }

    /** An operator console error page, in the console's own layout. */
    public static void operatorError(Context ctx, OperatorPage page, int status, String message) {
        errorPage(ctx, "templates/admin/operator/error.peb", page.model(""), status, message);
    }

    private static void errorPage(Context ctx, String template, Map<String, Object> m, int status, String message) {
        m.put("status", status);
        m.put("message", message);
        ctx.status(status).render(template, m);
        ctx.attribute(HTML_PAGE, ctx.result());
    }

    /** A redirect that htmx follows as a full page load. */
    public static void redirect(Context ctx, String location) {
        if (ctx.header("HX-Request") != null) {
            ctx.header("HX-Redirect", location);
            if (ctx.status().getCode() < 300) {
                ctx.status(204);
            }
            return;
        }
        ctx.header("Location", location);
        ctx.status(303);
    }

    private void loginForm(Context ctx) {
        Optional<Principal> who = session.principal(ctx);
        if (who.isPresent()) {
            redirect(ctx, who.get().salonId() == null ? OPERATOR_HOME : "/admin");
            return;
        }
        renderLogin(ctx, 200, null, "", ctx.queryParam("next"));
    }

    private void renderLogin(Context ctx, int status, String error, String email, String next) {
        Locale locale = Locale.ENGLISH;
        String lang = ctx.queryParam("lang");
        if ("ru".equals(lang)) {
            locale = Locale.forLanguageTag("ru");
        }
        ctx.attribute(PebbleRenderer.LOCALE, locale);
        Map<String, Object> m = new HashMap<>();
        m.put("t", Messages.of(locale));
        m.put("lang", Messages.language(locale));
        m.put("loginCsrf", session.newLoginCsrf(ctx));
        m.put("error", error);
        m.put("email", email);
        m.put("next", safeNext(next));
        ctx.status(status).render("templates/admin/login.peb", m);
    }

    private void login(Context ctx) {
        Map<String, String> t = Messages.of(Locale.ENGLISH);
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("");
        String next = safeNext(ctx.formParam("next"));
        if (!session.loginCsrfValid(ctx)) {
            renderLogin(ctx, 403, t.get("error_csrf"), email, next);
            return;
        }
        try {
            AuthService.Login login = core.auth().login(email, ctx.formParam("password"), ctx.ip());
            session.signIn(ctx, login.token());
            boolean operator = login.principal().salonId() == null;
            redirect(ctx, operator ? (next.startsWith(OPERATOR_HOME) ? next : OPERATOR_HOME)
                    : next.startsWith(OPERATOR_HOME) ? "/admin" : next);
        } catch (AuthService.LoginFailed e) {
            boolean limited = e.failure() == AuthService.Failure.RATE_LIMITED;
            renderLogin(ctx, limited ? 429 : 401, t.get(limited ? "login_rate_limited" : "login_wrong"), email, next);
        } catch (InvalidInputException e) {
            renderLogin(ctx, 400, t.get("login_wrong"), email, next);
        }
    }

    /** Only a path inside the panel; anything else (another host, //evil) goes to the dashboard. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/admin") || next.startsWith("//") || next.contains("\\") || next.startsWith("/admin/login")) {
            return "/admin";
        }
        return next;
    }

    private static void serve(Context ctx, String resource, String type) {
        try (InputStream in = AdminRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                ctx.status(404);
                return;
            }
            ctx.contentType(type + "; charset=utf-8").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String htmxVersion() {
        try (InputStream in = AdminRoutes.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "2.0.8");
            }
        } catch (IOException e) {
            // fall through to the version the pom pins
        }
        return "2.0.8";
    }
}
