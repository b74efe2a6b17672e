package app.atelier.plugins.bonus.clients;

import app.atelier.api.PluginContext;
import app.atelier.api.data.VisitView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * The salon's clients, for segment gifts and birthday points.
 *
 * <p>The plugin API can read one client by id but cannot list a salon's clients, so this is the
 * union of the {@link ClientIndex} (fed by events while the plugin is on) and every client with a
 * visit (from {@code SalonData.visits}, at most 5 000 visits). A client created while the plugin
 * was off and never booked is missed until they book. Replace with a core listing when the API
 * offers one.
 */
public final class ClientDirectory {
    private final PluginContext context;

    public ClientDirectory(PluginContext context) {
        this.context = context;
    }

    /** Ids of the salon's clients as far as they can be known, ascending. */
    public List<Long> ids(long salonId) {
        List<Long> indexed = context.database().withHandle(h -> new ClientIndex(h).known(salonId));
        TreeSet<Long> ids = new TreeSet<>(indexed);
        Instant until = context.clock().instant().plus(Duration.ofDays(400));
        for (VisitView v : context.salonData().visits(salonId, Instant.EPOCH, until, null, null)) {
            ids.add(v.clientId());
        }
        return List.copyOf(ids);
    }
}
