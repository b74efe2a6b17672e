package app.atelier.core.staff;

import app.atelier.core.clients.PhoneNormalizer;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.db.Database;
import app.atelier.core.salons.SalonService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * A salon's masters with their working hours and days off. Masters are never deleted: a
 * deactivated master keeps the visit history that names them.
 */
public final class StaffService {
    private record Row(long id, String name, String position, String phone, String email, boolean active,
                       Instant createdAt) {
    }

    private final Database db;
    private final Clock clock;
    private final SalonService salons;
    private final StaffRules rules = new StaffRules(new PhoneNormalizer());

    public StaffService(Database db, Clock clock, SalonService salons) {
        this.db = db;
        this.clock = clock;
        this.salons = salons;
    }

    public StaffMember create(long salonId, StaffInput input) {
        StaffRules.Changes changes = rules.check(input, salons.get(salonId), true);
        long id = db.write(h -> {
            Map<String, Object> columns = new LinkedHashMap<>(changes.columns());
            columns.put("salon_id", salonId);
            columns.put("created_at", clock.millis());
            long staffId = h.createUpdate("INSERT INTO staff (" + String.join(", ", columns.keySet()) + ") VALUES (:"
                            + String.join(", :", columns.keySet()) + ")")
                    .bindMap(columns).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            writeSchedule(h, staffId, changes);
            return staffId;
        });
        return get(salonId, id);
    }

    public StaffMember get(long salonId, long staffId) {
        return db.read(h -> find(h, salonId, staffId)).orElseThrow(() -> new NotFoundException("master"));
    }

    /** The master, active or not, read on the caller's handle (e.g. inside a booking transaction). */
    public Optional<StaffMember> find(Handle h, long salonId, long staffId) {
        return load(h, salonId, "s.id = :id", Map.of("id", staffId)).stream().findFirst();
    }

    /** Masters sorted by name; inactive ones only when asked for. */
    public List<StaffMember> list(long salonId, boolean includeInactive) {
        return db.read(h -> load(h, salonId, includeInactive ? "1 = 1" : "s.active = 1", Map.of()));
    }

    /**
     * Changes the fields given; {@code hours} and {@code daysOff}, when given, replace the stored
     * lists (see {@link StaffInput}). One transaction.
     */
    public StaffMember update(long salonId, long staffId, StaffInput input) {
        StaffRules.Changes changes = rules.check(input, salons.get(salonId), false);
        db.write(h -> {
            requireExists(h, salonId, staffId);
            if (!changes.columns().isEmpty()) {
                StringBuilder set = new StringBuilder();
                for (String column : changes.columns().keySet()) {
                    set.append(set.isEmpty() ? "" : ", ").append(column).append(" = :").append(column);
                }
                h.createUpdate("UPDATE staff SET " + set + " WHERE id = :staff_id AND salon_id = :salon_id")
                        .bindMap(changes.columns()).bind("staff_id", staffId).bind("salon_id", salonId).execute();
            }
            writeSchedule(h, staffId, changes);
            return null;
        });
        return get(salonId, staffId);
    }

    /** What DELETE means for a master: no new visits, history kept. */
    public StaffMember deactivate(long salonId, long staffId) {
        db.write(h -> {
            requireExists(h, salonId, staffId);
            return h.execute("UPDATE staff SET active = 0 WHERE id = ? AND salon_id = ?", staffId, salonId);
        });
        return get(salonId, staffId);
    }

    private static void requireExists(Handle h, long salonId, long staffId) {
        boolean exists = h.createQuery("SELECT count(*) FROM staff WHERE id = :id AND salon_id = :s")
                .bind("id", staffId).bind("s", salonId).mapTo(Integer.class).one() > 0;
        if (!exists) {
            throw new NotFoundException("master");
        }
    }

    private static void writeSchedule(Handle h, long staffId, StaffRules.Changes changes) {
        if (changes.hours() != null) {
            h.execute("DELETE FROM staff_hours WHERE staff_id = ?", staffId);
            var batch = h.prepareBatch("INSERT INTO staff_hours (staff_id, weekday, start_minute, end_minute) "
                    + "VALUES (:staff, :weekday, :start, :end)");
            for (WorkingHours w : changes.hours()) {
                batch.bind("staff", staffId).bind("weekday", w.weekday()).bind("start", w.startMinute())
                        .bind("end", w.endMinute()).add();
            }
            if (!changes.hours().isEmpty()) {
                batch.execute();
            }
        }
        if (changes.daysOff() != null) {
            h.execute("DELETE FROM staff_day_off WHERE staff_id = ?", staffId);
            var batch = h.prepareBatch("INSERT INTO staff_day_off (staff_id, day) VALUES (:staff, :day)");
            for (LocalDate day : changes.daysOff()) {
                batch.bind("staff", staffId).bind("day", day.toString()).add();
            }
            if (!changes.daysOff().isEmpty()) {
                batch.execute();
            }
        }
    }

    /** Masters matching {@code where} (a fixed fragment over alias {@code s}), with schedules in two more queries. */
    private static List<StaffMember> load(Handle h, long salonId, String where, Map<String, Object> args) {
        List<Row> rows = h.createQuery("SELECT * FROM staff s WHERE s.salon_id = :salon_id AND " + where
                        + " ORDER BY s.name, s.id")
                .bindMap(args).bind("salon_id", salonId).map((rs, ctx) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<WorkingHours>> hours = new HashMap<>();
        h.createQuery("SELECT x.* FROM staff_hours x JOIN staff s ON s.id = x.staff_id WHERE s.salon_id = :salon_id AND "
                        + where + " ORDER BY x.weekday, x.start_minute")
                .bindMap(args).bind("salon_id", salonId)
                .map((rs, ctx) -> Map.entry(rs.getLong("staff_id"),
                        new WorkingHours(rs.getInt("weekday"), rs.getInt("start_minute"), rs.getInt("end_minute"))))
                .forEach(e -> hours.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<LocalDate>> daysOff = new HashMap<>();
        h.createQuery("SELECT x.* FROM staff_day_off x JOIN staff s ON s.id = x.staff_id WHERE s.salon_id = :salon_id AND "
                        + where + " ORDER BY x.day")
                .bindMap(args).bind("salon_id", salonId)
                .map((rs, ctx) -> Map.entry(rs.getLong("staff_id"), LocalDate.parse(rs.getString("day"))))
                .forEach(e -> daysOff.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<StaffMember> result = new ArrayList<>(rows.size());
        for (Row r : rows) {
            result.add(new StaffMember(r.id(), r.name(), r.position(), r.phone(), r.email(), r.active(),
                    hours.getOrDefault(r.id(), List.of()), daysOff.getOrDefault(r.id(), List.of()), r.createdAt()));
        }
        return result;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("position"), rs.getString("phone"),
                rs.getString("email"), rs.getInt("active") != 0, Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
