package app.atelier.core.plugins;

import java.util.ArrayList;
import java.util.List;

/** {@link ActiveExtensions} from the host's extension cache and the salon's activation set. */
public final class HostActiveExtensions implements ActiveExtensions {
    private final PluginHost host;
    private final SalonActivation activation;

    public HostActiveExtensions(PluginHost host, SalonActivation activation) {
        this.host = host;
        this.activation = activation;
    }

    @Override
    public <T> List<Contributed<T>> of(long salonId, Class<T> type) {
        List<String> ids = new ArrayList<>(activation.active(salonId));
        ids.sort(null);
        List<Contributed<T>> result = new ArrayList<>();
        for (String id : ids) {
            for (T extension : host.extensionsOf(id, type)) {
                result.add(new Contributed<>(id, extension));
            }
        }
        return result;
    }
}
