package app.atelier.web.admin;

import app.atelier.api.Salon;
import app.atelier.core.auth.Principal;
import app.atelier.core.auth.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What every panel page knows: who asks, their salon, its locale and formats, the CSRF token. */
public final class Page {
    private final Principal user;
    private final Salon salon;
    private final Locale locale;
    private final Formats fmt;
    private final Map<String, String> t;
    private final String csrf;
    private final String path;
    private final List<MenuLink> pluginMenu;

    /** A plugin page in the navigation. */
    public record MenuLink(String href, String label) {
    }

    Page(Principal user, Salon salon, Locale locale, Map<String, String> t, String csrf, String path, List<MenuLink> pluginMenu) {
        this.user = user;
        this.salon = salon;
        this.locale = locale;
        this.fmt = new Formats(salon, locale);
        this.t = t;
        this.csrf = csrf;
        this.path = path;
        this.pluginMenu = List.copyOf(pluginMenu);
    }

    public Principal user() { return user; }
    public Salon salon() { return salon; }
    public long salonId() { return salon.id(); }
    public Locale locale() { return locale; }
    public Formats fmt() { return fmt; }
    public Map<String, String> t() { return t; }
    public String csrf() { return csrf; }
    public boolean owner() { return user.role() == Role.OWNER; }
    public boolean desk() { return user.role().runsDesk(); }
    public boolean master() { return user.role() == Role.MASTER; }
    public List<MenuLink> pluginMenu() { return pluginMenu; }

    /** The model every template gets; {@code nav} marks the current section. */
    public Map<String, Object> model(String nav) {
        Map<String, Object> m = new HashMap<>();
        m.put("user", user);
        m.put("salon", salon);
        m.put("fmt", fmt);
        m.put("t", t);
        m.put("csrf", csrf);
        m.put("isOwner", owner());
        m.put("isDesk", desk());
        m.put("isMaster", master());
        m.put("nav", nav);
        m.put("lang", Messages.language(locale));
        m.put("request_path", path);
        m.put("pluginMenu", pluginMenu);
        return m;
    }
}
