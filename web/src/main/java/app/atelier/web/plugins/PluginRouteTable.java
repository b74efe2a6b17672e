package app.atelier.web.plugins;

import app.atelier.api.web.PluginHandler;
import app.atelier.api.web.PluginRoutes;
import app.atelier.api.web.WebContribution;
import app.atelier.core.plugins.PluginHost;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of started plugins. Javalin 7 fixes its routes at start-up, so plugin routes are
 * kept here and served by {@link PluginDispatcher}; the table is rebuilt whenever a plugin starts
 * or stops, and read without locks (an immutable snapshot behind a volatile field).
 */
public final class PluginRouteTable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginRouteTable.class);
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private record Snapshot(Map<String, List<PluginRoute>> apiByPlugin, Map<String, List<PluginRoute>> adminByPlugin,
                            Map<String, List<PluginRoute>> publicByClaim,
                            Map<String, String> claimOwner, List<MenuEntry> menu) {
    }

    /** A panel navigation entry a plugin asked for: its admin page {@code /admin/{pluginId}/{path}}. */
    public record MenuEntry(String pluginId, String path, String labelKey) {
        public String href() {
            return "/admin/" + pluginId + "/" + path;
        }
    }

    private final PluginHost host;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), List.of());

    public PluginRouteTable(PluginHost host) {
        this.host = host;
    }

    /** Asks every started plugin for its routes again. */
    public synchronized void rebuild() {
        Map<String, List<PluginRoute>> api = new HashMap<>();
        Map<String, List<PluginRoute>> admin = new HashMap<>();
        Map<String, List<PluginRoute>> publics = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        List<MenuEntry> menu = new ArrayList<>();
        for (String pluginId : host.startedIds().stream().sorted().toList()) {
            List<PluginRoute> declared = new ArrayList<>();
            List<MenuEntry> entries = new ArrayList<>();
            try {
                for (WebContribution contribution : host.extensionsOf(pluginId, WebContribution.class)) {
                    host.invoker().run(pluginId, "routes", () -> contribution.routes(collector(pluginId, declared, entries)));
                }
            } catch (RuntimeException e) {
                LOG.error("plugin {} routes not served: {}", pluginId, e.getMessage());
                continue;
            }
            for (MenuEntry entry : entries) {
                boolean served = declared.stream().anyMatch(route -> route.space() == PluginRoute.Space.ADMIN
                        && route.method().equals("GET") && route.path().equals(entry.path()));
                if (served) {
                    menu.add(entry);
                } else {
                    LOG.error("plugin {} puts admin page '{}' into the menu but declares no such GET page: entry left out",
                            pluginId, entry.path());
                }
            }
            for (PluginRoute route : declared) {
                if (route.space() == PluginRoute.Space.ADMIN) {
                    admin.computeIfAbsent(pluginId, k -> new ArrayList<>()).add(route);
                    continue;
                }
                if (!route.isPublic()) {
                    api.computeIfAbsent(pluginId, k -> new ArrayList<>()).add(route);
                    continue;
                }
                String claim = route.segments().get(0);
                String owner = owners.putIfAbsent(claim, pluginId);
                if (owner != null && !owner.equals(pluginId)) {
                    LOG.error("plugin {} claims public path '{}' already claimed by {}: refused", pluginId, claim, owner);
                    continue;
                }
                publics.computeIfAbsent(claim, k -> new ArrayList<>()).add(route);
            }
        }
        snapshot = new Snapshot(Map.copyOf(api), Map.copyOf(admin), Map.copyOf(publics), Map.copyOf(owners), List.copyOf(menu));
    }

    List<PluginRoute> apiRoutes(String pluginId) {
        return snapshot.apiByPlugin().getOrDefault(pluginId, List.of());
    }

    List<PluginRoute> adminRoutes(String pluginId) {
        return snapshot.adminByPlugin().getOrDefault(pluginId, List.of());
    }

    List<PluginRoute> publicRoutes(String claim) {
        return snapshot.publicByClaim().getOrDefault(claim, List.of());
    }

    /** The panel navigation entries of started plugins, in plugin id order; whether one shows depends on the salon. */
    public List<MenuEntry> menu() {
        return snapshot.menu();
    }

    /** Every served plugin route, for the OpenAPI document. */
    public List<PluginRoute> all() {
        Snapshot s = snapshot;
        List<PluginRoute> all = new ArrayList<>();
        s.apiByPlugin().values().forEach(all::addAll);
        s.adminByPlugin().values().forEach(all::addAll);
        s.publicByClaim().values().forEach(all::addAll);
        return all;
    }

    private static PluginRoutes collector(String pluginId, List<PluginRoute> into, List<MenuEntry> menu) {
        return new PluginRoutes() {
            @Override
            public PluginRoutes adminMenu(String path, String labelKey) {
                String clean = path == null ? "" : path.replaceAll("^/+|/+$", "");
                if (labelKey == null || labelKey.isBlank()) {
                    throw new IllegalArgumentException("a menu entry needs a label key");
                }
                menu.add(new MenuEntry(pluginId, clean, labelKey));
                return this;
            }

            @Override
            public PluginRoutes api(String method, String path, String summary, PluginHandler handler) {
                into.add(route(pluginId, PluginRoute.Space.API, method, path, summary, handler));
                return this;
            }

            @Override
            public PluginRoutes adminPage(String method, String path, String summary, PluginHandler handler) {
                into.add(route(pluginId, PluginRoute.Space.ADMIN, method, path, summary, handler));
                return this;
            }

            @Override
            public PluginRoutes publicPage(String method, String path, String summary, PluginHandler handler) {
                into.add(route(pluginId, PluginRoute.Space.PAGE, method, path, summary, handler));
                return this;
            }

            @Override
            public PluginRoutes publicApi(String method, String path, String summary, PluginHandler handler) {
                into.add(route(pluginId, PluginRoute.Space.PUBLIC_API, method, path, summary, handler));
                return this;
            }
        };
    }

    private static PluginRoute route(String pluginId, PluginRoute.Space space, String method, String path, String summary,
                                     PluginHandler handler) {
        String m = method == null ? "" : method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(m)) {
            throw new IllegalArgumentException("unsupported method " + method);
        }
        boolean isPublic = space == PluginRoute.Space.PUBLIC_API || space == PluginRoute.Space.PAGE;
        String clean = path == null ? "" : path.replaceAll("^/+|/+$", "");
        if (clean.isEmpty() && isPublic) {
            throw new IllegalArgumentException("a public route needs a path whose first segment is its claim");
        }
        if (isPublic && clean.startsWith("{")) {
            throw new IllegalArgumentException("a public route's first segment must be a fixed claim, not a parameter");
        }
        List<String> segments = clean.isEmpty() ? List.of() : Arrays.asList(clean.split("/"));
        return new PluginRoute(pluginId, space, m, clean, List.copyOf(segments), summary, handler);
    }
}
