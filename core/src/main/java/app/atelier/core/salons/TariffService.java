package app.atelier.core.salons;

import app.atelier.core.common.ConflictException;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The operator's tariffs. */
public final class TariffService {
    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final Database db;
    private final Clock clock;
    private final List<Runnable> changeListeners = new ArrayList<>();

    public TariffService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Called after any tariff change, e.g. to drop cached activation sets. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Creates a tariff, or replaces the plugin list of an existing one with the same name. */
    public Tariff save(String name, List<String> plugins) {
        Validator v = new Validator().text(name, "name", Validator.MAX_TEXT);
        v.require(plugins != null, "plugins", "is required (may be empty)");
        if (plugins != null) {
            for (int i = 0; i < plugins.size(); i++) {
                String id = plugins.get(i);
                v.require(id != null && PLUGIN_ID.matcher(id).matches(), "plugins[" + i + "]",
                        "must be a plugin id: lower-case letters, digits and dashes");
            }
        }
        v.check();
        Set<String> ids = new LinkedHashSet<>(plugins);
        long id = db.write(h -> {
            Optional<Long> existing = h.createQuery("SELECT id FROM tariff WHERE name = :n").bind("n", name)
                    .mapTo(Long.class).findOne();
            long tariffId = existing.orElseGet(() -> h.createUpdate("INSERT INTO tariff (name, created_at) VALUES (:n, :t)")
                    .bind("n", name).bind("t", clock.millis()).executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class).one());
            h.execute("DELETE FROM tariff_plugin WHERE tariff_id = ?", tariffId);
            for (String plugin : ids) {
                h.execute("INSERT INTO tariff_plugin (tariff_id, plugin_id) VALUES (?, ?)", tariffId, plugin);
            }
            return tariffId;
        });
        changeListeners.forEach(Runnable::run);
        return new Tariff(id, name, ids);
    }

    public List<Tariff> list() {
        return db.read(h -> {
            Map<Long, String> names = new LinkedHashMap<>();
            h.createQuery("SELECT id, name FROM tariff ORDER BY name")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> names.put(e.getKey(), e.getValue()));
            Map<Long, Set<String>> plugins = new LinkedHashMap<>();
            h.createQuery("SELECT tariff_id, plugin_id FROM tariff_plugin ORDER BY plugin_id")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> plugins.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(e.getValue()));
            List<Tariff> result = new ArrayList<>();
            names.forEach((id, n) -> result.add(new Tariff(id, n, plugins.getOrDefault(id, Set.of()))));
            return result;
        });
    }

    public Optional<Tariff> byName(String name) {
        return list().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The plugin ids the salon's tariff allows. */
    public Set<String> pluginsOfSalon(long salonId) {
        return db.read(h -> Set.copyOf(h.createQuery(
                        "SELECT tp.plugin_id FROM salon s JOIN tariff_plugin tp ON tp.tariff_id = s.tariff_id WHERE s.id = :s")
                .bind("s", salonId).mapTo(String.class).list()));
    }

    static ConflictException unknown(String name) {
        return new ConflictException("unknown_tariff", "no tariff named " + name);
    }
}
