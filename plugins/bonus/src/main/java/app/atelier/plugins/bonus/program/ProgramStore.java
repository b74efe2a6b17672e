package app.atelier.plugins.bonus.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Programs in {@code bonus_program} with their tiers and earning lines, scoped by salon. Programs
 * are configuration, so a change rewrites its tier and earning rows; a removed program keeps its
 * row (with {@code deleted_at}) because ledger entries name it.
 */
public final class ProgramStore {
    private final Handle h;

    public ProgramStore(Handle h) {
        this.h = h;
    }

    /** The salon's programs that are not removed, oldest first. */
    public List<Program> list(long salonId) {
        List<Program> bare = h.createQuery("""
                        SELECT id, name, kind, starts_on, ends_on, min_bill, lifetime_days, enabled, updated_at FROM bonus_program
                        WHERE salon_id = :s AND deleted_at IS NULL ORDER BY id""")
                .bind("s", salonId).map((rs, ctx) -> new Program(rs.getLong(1), rs.getString(2), rs.getString(3),
                        date(rs.getString(4)), date(rs.getString(5)), List.of(), rs.getLong(6), Earning.ALL,
                        rs.getObject(7) == null ? null : rs.getInt(7), rs.getInt(8) == 1, Instant.ofEpochMilli(rs.getLong(9))))
                .list();
        Map<Long, List<Tier>> tiers = new HashMap<>();
        h.createQuery("SELECT program_id, name, min_spent, accrual_bp FROM bonus_program_tier WHERE salon_id = :s ORDER BY id")
                .bind("s", salonId).map((rs, ctx) -> {
                    tiers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Tier(rs.getString(2), rs.getLong(3), rs.getLong(4)));
                    return 0;
                }).list();
        Map<Long, Map<String, Set<String>>> earning = new HashMap<>();
        h.createQuery("SELECT program_id, item_kind, item_ref FROM bonus_program_earning WHERE salon_id = :s")
                .bind("s", salonId).map((rs, ctx) -> earning.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(rs.getString(3))).list();
        return bare.stream().map(p -> new Program(p.id(), p.name(), p.kind(), p.startsOn(), p.endsOn(),
                tiers.getOrDefault(p.id(), List.of()), p.minBill(), earningOf(earning.get(p.id())), p.lifetimeDays(), p.enabled(),
                p.updatedAt())).toList();
    }

    /** One program of the salon that is not removed. */
    public Optional<Program> get(long salonId, long id) {
        return list(salonId).stream().filter(p -> p.id() == id).findFirst();
    }

    /** The programs accruing on a salon-local day. */
    public List<Program> runningOn(long salonId, LocalDate day) {
        return list(salonId).stream().filter(p -> p.runsOn(day)).toList();
    }

    /** Stores a new program; returns its id. */
    public long create(long salonId, Program p, Instant now) {
        long id = h.createUpdate("""
                        INSERT INTO bonus_program (salon_id, name, kind, starts_on, ends_on, min_bill, lifetime_days, enabled,
                            created_at, updated_at)
                        VALUES (:s, :name, :kind, :starts, :ends, :min, :life, :enabled, :now, :now)""")
                .bind("s", salonId).bind("name", p.name()).bind("kind", p.kind()).bind("starts", text(p.startsOn()))
                .bind("ends", text(p.endsOn())).bind("min", p.minBill()).bind("life", p.lifetimeDays())
                .bind("enabled", p.enabled() ? 1 : 0).bind("now", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        writeParts(salonId, id, p);
        return id;
    }

    /** Replaces a program's fields, tiers and earning lines; false when it does not exist. */
    public boolean update(long salonId, long id, Program p, Instant now) {
        int rows = h.createUpdate("""
                        UPDATE bonus_program SET name = :name, kind = :kind, starts_on = :starts, ends_on = :ends, min_bill = :min,
                            lifetime_days = :life, enabled = :enabled, updated_at = :now
                        WHERE id = :id AND salon_id = :s AND deleted_at IS NULL""")
                .bind("s", salonId).bind("id", id).bind("name", p.name()).bind("kind", p.kind()).bind("starts", text(p.startsOn()))
                .bind("ends", text(p.endsOn())).bind("min", p.minBill()).bind("life", p.lifetimeDays())
                .bind("enabled", p.enabled() ? 1 : 0).bind("now", now.toEpochMilli()).execute();
        if (rows == 0) {
            return false;
        }
        h.execute("DELETE FROM bonus_program_tier WHERE program_id = ? AND salon_id = ?", id, salonId);
        h.execute("DELETE FROM bonus_program_earning WHERE program_id = ? AND salon_id = ?", id, salonId);
        writeParts(salonId, id, p);
        return true;
    }

    /** Removes a program from use (kept for the ledger's history); false when it does not exist. */
    public boolean delete(long salonId, long id, Instant now) {
        return h.createUpdate("UPDATE bonus_program SET deleted_at = :now, enabled = 0 WHERE id = :id AND salon_id = :s AND deleted_at IS NULL")
                .bind("now", now.toEpochMilli()).bind("id", id).bind("s", salonId).execute() == 1;
    }

    private void writeParts(long salonId, long id, Program p) {
        for (Tier t : p.tiers()) {
            h.execute("INSERT INTO bonus_program_tier (salon_id, program_id, name, min_spent, accrual_bp) VALUES (?, ?, ?, ?, ?)",
                    salonId, id, t.name(), t.minSpent(), t.accrualBasisPoints());
        }
        Earning e = p.earning();
        e.services().forEach(s -> earningRow(salonId, id, "service", Long.toString(s)));
        e.categories().forEach(c -> earningRow(salonId, id, "category", c));
        e.products().forEach(s -> earningRow(salonId, id, "product", Long.toString(s)));
    }

    private void earningRow(long salonId, long id, String kind, String ref) {
        h.execute("INSERT INTO bonus_program_earning (salon_id, program_id, item_kind, item_ref) VALUES (?, ?, ?, ?)",
                salonId, id, kind, ref);
    }

    private static Earning earningOf(Map<String, Set<String>> rows) {
        if (rows == null) {
            return Earning.ALL;
        }
        return new Earning(ids(rows.get("service")), rows.getOrDefault("category", Set.of()), ids(rows.get("product")));
    }

    private static Set<Long> ids(Set<String> refs) {
        return refs == null ? Set.of() : Set.copyOf(refs.stream().map(Long::valueOf).toList());
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
