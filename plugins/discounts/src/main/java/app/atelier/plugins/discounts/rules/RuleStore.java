package app.atelier.plugins.discounts.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The salon's rules in {@code discounts_rule} with their targets ({@code discounts_rule_target}) and
 * spend tiers ({@code discounts_rule_tier}). Every statement is scoped by salon id, so another
 * salon's rule is simply not found. A rule and its children change in one transaction.
 */
public final class RuleStore {
    private static final String DATA_COLUMNS = """
            name, kind, value, target_type, combines, active, valid_from, valid_to, weekdays, hours_from, hours_to,
            client_tags, tier_reset_days, first_visit_only, birthday_before, birthday_after, channels, min_bill""";
    private static final String COLUMNS = "id, " + DATA_COLUMNS;

    private final Jdbi db;

    public RuleStore(Jdbi db) {
        this.db = db;
    }

    /** Every rule of the salon, by id. */
    public List<Rule> list(long salonId) {
        return db.withHandle(h -> load(h, salonId, null));
    }

    public Optional<Rule> find(long salonId, long id) {
        return db.withHandle(h -> load(h, salonId, id)).stream().findFirst();
    }

    /** Stores a new rule and returns it with its id. */
    public Rule create(long salonId, Rule rule, long now) {
        return db.inTransaction(h -> {
            long id = bind(h.createUpdate("INSERT INTO discounts_rule (salon_id, " + DATA_COLUMNS
                            + ", created_at, updated_at) VALUES (:salon, :name, :kind, :value, :targetType, :combines, :active, "
                            + ":validFrom, :validTo, :weekdays, :hoursFrom, :hoursTo, :tags, :resetDays, :firstVisit, "
                            + ":bdBefore, :bdAfter, :channels, :minBill, :now, :now)"), rule)
                    .bind("salon", salonId).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertChildren(h, salonId, id, rule);
            return rule.withId(id);
        });
    }

    /** Replaces a rule; false when the salon has no rule with this id. */
    public boolean replace(long salonId, long id, Rule rule, long now) {
        return db.inTransaction(h -> {
            int changed = bind(h.createUpdate("""
                            UPDATE discounts_rule SET name = :name, kind = :kind, value = :value, target_type = :targetType,
                            combines = :combines, active = :active, valid_from = :validFrom, valid_to = :validTo,
                            weekdays = :weekdays, hours_from = :hoursFrom, hours_to = :hoursTo, client_tags = :tags,
                            tier_reset_days = :resetDays, first_visit_only = :firstVisit, birthday_before = :bdBefore,
                            birthday_after = :bdAfter, channels = :channels, min_bill = :minBill, updated_at = :now
                            WHERE id = :id AND salon_id = :salon"""), rule)
                    .bind("id", id).bind("salon", salonId).bind("now", now).execute();
            if (changed == 0) {
                return false;
            }
            deleteChildren(h, salonId, id);
            insertChildren(h, salonId, id, rule);
            return true;
        });
    }

    /** Deletes a rule; false when the salon has no rule with this id. */
    public boolean delete(long salonId, long id) {
        return db.inTransaction(h -> {
            deleteChildren(h, salonId, id);
            return h.createUpdate("DELETE FROM discounts_rule WHERE id = :id AND salon_id = :salon")
                    .bind("id", id).bind("salon", salonId).execute() > 0;
        });
    }

    private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bind(T s, Rule r) {
        Conditions c = r.conditions();
        return s.bind("name", r.name()).bind("kind", r.kind().key()).bind("value", r.value())
                .bind("targetType", r.target().type().key()).bind("combines", r.combines() ? 1 : 0).bind("active", r.active() ? 1 : 0)
                .bind("validFrom", c.validFrom() == null ? null : c.validFrom().toString())
                .bind("validTo", c.validTo() == null ? null : c.validTo().toString())
                .bind("weekdays", c.weekdays().isEmpty() ? null
                        : c.weekdays().stream().map(d -> Integer.toString(d.getValue())).collect(Collectors.joining(",")))
                .bind("hoursFrom", c.hours() == null ? null : c.hours().from().toSecondOfDay() / 60)
                .bind("hoursTo", c.hours() == null ? null : c.hours().to().toSecondOfDay() / 60)
                // tags may hold commas; the rule's parser refuses line breaks in them
                .bind("tags", c.clientTags().isEmpty() ? null : String.join("\n", c.clientTags()))
                .bind("resetDays", c.tierResetDays()).bind("firstVisit", c.firstVisitOnly() ? 1 : 0)
                .bind("bdBefore", c.birthday() == null ? null : c.birthday().daysBefore())
                .bind("bdAfter", c.birthday() == null ? null : c.birthday().daysAfter())
                .bind("channels", c.channels().isEmpty() ? null : String.join(",", c.channels()))
                .bind("minBill", c.minBill());
    }

    private static void insertChildren(Handle h, long salonId, long ruleId, Rule rule) {
        for (Long itemId : rule.target().ids()) {
            h.execute("INSERT INTO discounts_rule_target (salon_id, rule_id, item_id, category) VALUES (?, ?, ?, NULL)",
                    salonId, ruleId, itemId);
        }
        for (String category : rule.target().categories()) {
            h.execute("INSERT INTO discounts_rule_target (salon_id, rule_id, item_id, category) VALUES (?, ?, NULL, ?)",
                    salonId, ruleId, category);
        }
        for (SpendTier t : rule.conditions().spendTiers()) {
            h.execute("INSERT INTO discounts_rule_tier (salon_id, rule_id, min_spent, value) VALUES (?, ?, ?, ?)",
                    salonId, ruleId, t.minSpent(), t.value());
        }
    }

    private static void deleteChildren(Handle h, long salonId, long ruleId) {
        h.execute("DELETE FROM discounts_rule_target WHERE rule_id = ? AND salon_id = ?", ruleId, salonId);
        h.execute("DELETE FROM discounts_rule_tier WHERE rule_id = ? AND salon_id = ?", ruleId, salonId);
    }

    private static List<Rule> load(Handle h, long salonId, Long onlyId) {
        String filter = onlyId == null ? "" : " AND id = :id";
        String childFilter = onlyId == null ? "" : " AND rule_id = :id";
        Map<Long, List<Long>> ids = new LinkedHashMap<>();
        Map<Long, List<String>> categories = new LinkedHashMap<>();
        scoped(h.createQuery("SELECT rule_id, item_id, category FROM discounts_rule_target WHERE salon_id = :salon" + childFilter
                        + " ORDER BY id"), salonId, onlyId)
                .map((rs, ctx) -> {
                    long rule = rs.getLong(1);
                    if (rs.getString(3) != null) {
                        categories.computeIfAbsent(rule, k -> new ArrayList<>()).add(rs.getString(3));
                    } else {
                        ids.computeIfAbsent(rule, k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                    return rule;
                }).list();
        Map<Long, List<SpendTier>> tiers = new LinkedHashMap<>();
        scoped(h.createQuery("SELECT rule_id, min_spent, value FROM discounts_rule_tier WHERE salon_id = :salon" + childFilter
                        + " ORDER BY min_spent"), salonId, onlyId)
                .map((rs, ctx) -> tiers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new SpendTier(rs.getLong(2), rs.getLong(3)))).list();
        return scoped(h.createQuery("SELECT " + COLUMNS + " FROM discounts_rule WHERE salon_id = :salon" + filter
                        + " ORDER BY id"), salonId, onlyId)
                .map((rs, ctx) -> rule(rs, ids, categories, tiers)).list();
    }

    private static org.jdbi.v3.core.statement.Query scoped(org.jdbi.v3.core.statement.Query q, long salonId, Long onlyId) {
        q.bind("salon", salonId);
        return onlyId == null ? q : q.bind("id", onlyId.longValue());
    }

    private static Rule rule(ResultSet rs, Map<Long, List<Long>> ids, Map<Long, List<String>> categories,
                             Map<Long, List<SpendTier>> tiers) throws SQLException {
        long id = rs.getLong("id");
        Target target = new Target(Target.Type.parse(rs.getString("target_type")), ids.getOrDefault(id, List.of()),
                categories.getOrDefault(id, List.of()));
        String weekdays = rs.getString("weekdays");
        String tags = rs.getString("client_tags");
        String channels = rs.getString("channels");
        Integer from = integer(rs, "hours_from");
        Integer before = integer(rs, "birthday_before");
        Conditions c = new Conditions(date(rs.getString("valid_from")), date(rs.getString("valid_to")),
                weekdays == null ? List.of() : Arrays.stream(weekdays.split(",")).map(d -> DayOfWeek.of(Integer.parseInt(d))).toList(),
                from == null ? null : new TimeWindow(LocalTime.ofSecondOfDay(from * 60L),
                        LocalTime.ofSecondOfDay(integer(rs, "hours_to") * 60L)),
                tags == null ? List.of() : List.of(tags.split("\n")),
                tiers.getOrDefault(id, List.of()), integer(rs, "tier_reset_days"), rs.getInt("first_visit_only") == 1,
                before == null ? null : new BirthdayWindow(before, integer(rs, "birthday_after")),
                channels == null ? List.of() : List.of(channels.split(",")), along(rs, "min_bill"));
        return new Rule(id, rs.getString("name"), DiscountKind.parse(rs.getString("kind")), along(rs, "value"), target, c,
                rs.getInt("combines") == 1, rs.getInt("active") == 1);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Long along(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
