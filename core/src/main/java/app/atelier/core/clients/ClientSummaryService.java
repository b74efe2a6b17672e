package app.atelier.core.clients;

import app.atelier.api.Salon;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.db.Database;
import app.atelier.core.plugins.PluginWidgets;
import app.atelier.core.salons.SalonService;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The client card's figures from completed bills, plus the widgets active plugins add. */
public final class ClientSummaryService {
    private final Database db;
    private final SalonService salons;
    private final PluginWidgets widgets;

    public ClientSummaryService(Database db, SalonService salons, PluginWidgets widgets) {
        this.db = db;
        this.salons = salons;
        this.widgets = widgets;
    }

    private record Done(long start, long staffId, String staffName, long paid, long debt) {
    }

    public ClientSummary summary(long salonId, long clientId) {
        return summary(salonId, clientId, null);
    }

    /** The summary with plugin widgets written in {@code locale} (null: the salon's language). */
    public ClientSummary summary(long salonId, long clientId, java.util.Locale locale) {
        Salon salon = salons.get(salonId);
        // the figures in one read; the plugins are asked for their widgets after it, not while holding a connection
        ClientSummary figures = db.read(h -> {
            boolean exists = h.createQuery("SELECT count(*) FROM client WHERE id = :c AND salon_id = :s AND deleted_at IS NULL")
                    .bind("c", clientId).bind("s", salonId).mapTo(Integer.class).one() > 0;
            if (!exists) {
                throw new NotFoundException("client");
            }
            List<Done> done = h.createQuery("""
                            SELECT v.start_at, v.staff_id, st.name, b.paid, b.debt FROM visit v
                            JOIN bill b ON b.visit_id = v.id JOIN staff st ON st.id = v.staff_id
                            WHERE v.salon_id = :s AND v.client_id = :c AND v.status = 'completed'
                            AND NOT EXISTS (SELECT 1 FROM visit_refund r WHERE r.visit_id = v.id)
                            ORDER BY v.start_at""")
                    .bind("s", salonId).bind("c", clientId)
                    .map((rs, ctx) -> new Done(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                    .list();
            List<String> used = h.createQuery("""
                            SELECT DISTINCT vi.category FROM visit_item vi JOIN visit v ON v.id = vi.visit_id
                            WHERE v.salon_id = :s AND v.client_id = :c AND v.status = 'completed' AND vi.category IS NOT NULL
                            AND NOT EXISTS (SELECT 1 FROM visit_refund r WHERE r.visit_id = v.id)
                            ORDER BY vi.category""")
                    .bind("s", salonId).bind("c", clientId).mapTo(String.class).list();
            List<String> all = h.createQuery("SELECT DISTINCT category FROM service WHERE salon_id = :s AND active = 1 ORDER BY category")
                    .bind("s", salonId).mapTo(String.class).list();
            long spent = done.stream().mapToLong(Done::paid).sum();
            long debt = done.stream().mapToLong(Done::debt).sum();
            Long meanGap = done.size() < 2 ? null
                    : Duration.ofMillis((done.get(done.size() - 1).start() - done.get(0).start()) / (done.size() - 1)).toDays();
            Map<Long, Long> byMaster = new LinkedHashMap<>();
            Map<Long, String> masterNames = new LinkedHashMap<>();
            Map<Integer, Long> weekdays = new LinkedHashMap<>();
            Map<Integer, Long> hours = new LinkedHashMap<>();
            for (Done d : done) {
                byMaster.merge(d.staffId(), 1L, Long::sum);
                masterNames.put(d.staffId(), d.staffName());
                ZonedDateTime local = Instant.ofEpochMilli(d.start()).atZone(salon.zone());
                weekdays.merge(local.getDayOfWeek().getValue(), 1L, Long::sum);
                hours.merge(local.getHour(), 1L, Long::sum);
            }
            Optional<Long> favourite = byMaster.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
            TreeSet<String> never = new TreeSet<>(all);
            used.forEach(never::remove);
            return new ClientSummary(clientId, salon.currency(), spent, done.size(), done.isEmpty() ? 0 : spent / done.size(),
                    meanGap, done.isEmpty() ? null : Instant.ofEpochMilli(done.get(done.size() - 1).start()),
                    favourite.orElse(null), favourite.map(masterNames::get).orElse(null), byCount(weekdays), byCount(hours),
                    used, List.copyOf(never), debt, List.of());
        });
        return figures.withWidgets(widgets.of(salon, "client_card", clientId, locale));
    }

    private static List<Integer> byCount(Map<Integer, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}
