package app.atelier.plugins.bonus.clients;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import java.util.ArrayList;
import java.util.List;

/** The salon's clients, for segment gifts and birthday points, read page by page from the core. */
public final class ClientDirectory {
    private static final int PAGE = 500;

    private final PluginContext context;

    public ClientDirectory(PluginContext context) {
        this.context = context;
    }

    /** Every client of the salon (not deleted), with tags and birthday. */
    public List<ClientView> all(long salonId) {
        List<ClientView> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<ClientView> page = context.salonData().clients(salonId, offset, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }
}
