package app.atelier.web.admin;

import app.atelier.core.AtelierCore;
import app.atelier.web.plugins.PluginRouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plugin pages in the panel's navigation: the entries started plugins asked for, kept to the
 * plugins active for the salon, labelled from each plugin's own message bundle in the user's language.
 * Reads the route table's snapshot and the activation cache: nothing is scanned per request.
 */
final class PluginMenu {
    private final AtelierCore core;
    private final PluginRouteTable table;

    PluginMenu(AtelierCore core, PluginRouteTable table) {
        this.core = core;
        this.table = table;
    }

    List<Page.MenuLink> links(long salonId, boolean desk, Locale locale) {
        if (!desk) {
            return List.of();
        }
        List<Page.MenuLink> links = new ArrayList<>();
        for (PluginRouteTable.MenuEntry e : table.menu()) {
            if (core.activation().isActive(salonId, e.pluginId())) {
                links.add(new Page.MenuLink(e.href(), label(e, locale)));
            }
        }
        return links;
    }

    private String label(PluginRouteTable.MenuEntry e, Locale locale) {
        return PluginTexts.get(core, e.pluginId(), locale, e.labelKey()).orElse(e.labelKey());
    }
}
