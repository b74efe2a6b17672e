package app.atelier.core.clients;

import app.atelier.api.Salon;
import app.atelier.api.data.ClientView;
import app.atelier.api.events.EventTypes;
import app.atelier.core.common.Json;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import app.atelier.core.events.Outbox;
import app.atelier.core.salons.SalonService;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * A salon's clients. Every method is scoped by {@code salonId}: another salon's client, like a
 * soft-deleted one, is not found.
 */
public final class ClientService {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private final Database db;
    private final Clock clock;
    private final Outbox outbox;
    private final SalonService salons;
    private final PhoneNormalizer phones = new PhoneNormalizer();
    private final ClientRules rules;
    private final ClientExport exporter;

    public ClientService(Database db, Clock clock, Outbox outbox, SalonService salons) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.salons = salons;
        this.rules = new ClientRules(clock, phones);
        // the export is a read-only report; it only needs the JSON reader for stored bill snapshots
        this.exporter = new ClientExport(new Json(), clock);
    }

    /** Creates a client in its own transaction and publishes {@code client.created}. */
    public Client create(long salonId, ClientInput input) {
        ClientRules.Changes changes = rules.check(input, salons.get(salonId), true);
        long id = db.write(h -> insert(h, salonId, changes));
        return get(salonId, id);
    }

    /**
     * Creates a client inside the caller's write transaction (e.g. online booking that creates the
     * client and the visit together). Validation still happens before anything is written.
     */
    public Client create(Handle h, long salonId, ClientInput input) {
        ClientRules.Changes changes = rules.check(input, salons.get(salonId), true);
        long id = insert(h, salonId, changes);
        return find(h, salonId, id).orElseThrow();
    }

    private long insert(Handle h, long salonId, ClientRules.Changes changes) {
        Map<String, Object> columns = new LinkedHashMap<>(changes.columns());
        long now = clock.millis();
        columns.put("salon_id", salonId);
        columns.put("created_at", now);
        columns.put("updated_at", now);
        String names = String.join(", ", columns.keySet());
        String params = ":" + String.join(", :", columns.keySet());
        long id = h.createUpdate("INSERT INTO client (" + names + ") VALUES (" + params + ")")
                .bindMap(columns).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        ClientRows.writeTags(h, salonId, id, changes.tags() == null ? List.of() : changes.tags());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("consent", Integer.valueOf(1).equals(columns.get("consent")));
        if (columns.get("source") != null) {
            payload.put("source", columns.get("source"));
        }
        outbox.publish(h, salonId, EventTypes.CLIENT_CREATED, id, payload);
        return id;
    }

    public Client get(long salonId, long clientId) {
        return find(salonId, clientId).orElseThrow(() -> new NotFoundException("client"));
    }

    public Optional<Client> find(long salonId, long clientId) {
        return db.read(h -> find(h, salonId, clientId));
    }

    /** Looks the client up on the caller's handle, e.g. to check it inside a write transaction. */
    public Optional<Client> find(Handle h, long salonId, long clientId) {
        List<Client> found = ClientRows.query(h, "id = :id", Map.of("id", clientId), ClientRows.BY_NAME, salonId, 1, 0);
        return found.stream().findFirst();
    }

    /**
     * Clients sorted by name. A non-blank {@code q} matches part of the name (any case, ё = е),
     * part of the email, a run of at least three phone digits, or a whole phone number in any
     * format the salon's country uses.
     */
    public ClientPage search(long salonId, String q, int limit, int offset) {
        return list(salonId, ClientFilter.text(q), limit, offset);
    }

    /**
     * Clients sorted by name, narrowed by {@code filter} (see {@link ClientFilter}); the text part as in {@link #search}. Spend and last
     * visit are correlated look-ups on the per-client indexes of bills and visits, so a filtered
     * page costs the same two statements as a plain one (rows, then tags) plus the count.
     */
    public ClientPage list(long salonId, ClientFilter filter, int limit, int offset) {
        Validator v = new Validator();
        v.require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be 1 to " + MAX_LIMIT);
        v.require(offset >= 0, "offset", "must not be negative");
        v.length(filter.q(), "q", Validator.MAX_TEXT);
        v.length(filter.tag(), "tag", Validator.MAX_TEXT);
        v.length(filter.source(), "source", Validator.MAX_TEXT);
        v.require(filter.minSpent() == null || filter.minSpent() >= 0, "minSpent", "must not be negative");
        v.require(filter.maxSpent() == null || filter.maxSpent() >= 0, "maxSpent", "must not be negative");
        v.require(filter.minSpent() == null || filter.maxSpent() == null || filter.minSpent() <= filter.maxSpent(),
                "maxSpent", "must not be below the minimum");
        v.require(filter.lastVisitFrom() == null || filter.lastVisitTo() == null || !filter.lastVisitFrom().isAfter(filter.lastVisitTo()),
                "lastVisitTo", "must not be before the start date");
        v.check();
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> args = new LinkedHashMap<>();
        String q = filter.q();
        if (q != null && !q.isBlank()) {
            List<String> any = new ArrayList<>();
            any.add("search_name LIKE :name ESCAPE '!'");
            args.put("name", "%" + likeEscape(ClientRules.searchForm(q)) + "%");
            any.add("email LIKE :email ESCAPE '!'");
            args.put("email", "%" + likeEscape(q.strip().toLowerCase(Locale.ROOT)) + "%");
            String digits = q.replaceAll("\\D", "");
            if (digits.length() >= 3) {
                any.add("phone LIKE :digits");
                args.put("digits", "%" + digits + "%");
                // "8 916 107" as Russians dial it: the stored +7916107… holds "916107"
                Optional<String> national = phones.withoutTrunkPrefix(digits, salons.get(salonId).country());
                if (national.isPresent() && national.get().length() >= 3) {
                    any.add("phone LIKE :national");
                    args.put("national", "%" + national.get() + "%");
                }
            }
            Optional<String> e164 = phones.toE164(q, salons.get(salonId).country());
            if (e164.isPresent()) {
                any.add("phone = :e164");
                args.put("e164", e164.get());
            }
            where.append(" AND (").append(String.join(" OR ", any)).append(')');
        }
        narrow(salonId, filter, where, args);
        return db.read(h -> new ClientPage(ClientRows.query(h, where.toString(), args, ClientRows.BY_NAME, salonId, limit, offset),
                ClientRows.count(h, where.toString(), args, salonId), limit, offset));
    }

    private void narrow(long salonId, ClientFilter f, StringBuilder where, Map<String, Object> args) {
        if (f.tag() != null && !f.tag().isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM client_tag t WHERE t.client_id = client.id AND t.salon_id = client.salon_id"
                    + " AND t.tag = :tag)");
            args.put("tag", f.tag().strip());
        }
        if (f.source() != null && !f.source().isBlank()) {
            where.append(" AND source = :source");
            args.put("source", f.source().strip());
        }
        String spent = "(SELECT COALESCE(SUM(b.paid), 0) FROM bill b WHERE b.salon_id = client.salon_id AND b.client_id = client.id"
                + " AND NOT EXISTS (SELECT 1 FROM visit_refund r WHERE r.visit_id = b.visit_id))";
        if (f.minSpent() != null) {
            where.append(" AND ").append(spent).append(" >= :min_spent");
            args.put("min_spent", f.minSpent());
        }
        if (f.maxSpent() != null) {
            where.append(" AND ").append(spent).append(" <= :max_spent");
            args.put("max_spent", f.maxSpent());
        }
        String lastVisit = "(SELECT MAX(lv.start_at) FROM visit lv WHERE lv.salon_id = client.salon_id AND lv.status = 'completed'"
                + " AND lv.client_id = client.id)";
        ZoneId zone = salons.get(salonId).zone();
        if (f.lastVisitFrom() != null) {
            where.append(" AND ").append(lastVisit).append(" >= :last_from");
            args.put("last_from", f.lastVisitFrom().atStartOfDay(zone).toInstant().toEpochMilli());
        }
        if (f.lastVisitTo() != null) {
            where.append(" AND ").append(lastVisit).append(" < :last_to");
            args.put("last_to", f.lastVisitTo().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
        }
    }

    /** Names of the given clients of the salon (deleted ones too: history still shows who came), in one query. */
    public Map<Long, String> names(long salonId, java.util.Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return db.read(h -> h.createQuery("SELECT id, name FROM client WHERE salon_id = :s AND id IN (<ids>)")
                .bind("s", salonId).bindList("ids", List.copyOf(new java.util.LinkedHashSet<>(clientIds)))
                .setMapKeyColumn("id").setMapValueColumn("name").collectInto(new org.jdbi.v3.core.generic.GenericType<Map<Long, String>>() { }));
    }

    /** The tags the salon's clients carry, alphabetical (for a filter's choices). */
    public List<String> tagsInUse(long salonId) {
        return db.read(h -> h.createQuery("SELECT DISTINCT t.tag FROM client_tag t JOIN client c ON c.id = t.client_id"
                        + " WHERE t.salon_id = :s AND c.deleted_at IS NULL ORDER BY t.tag")
                .bind("s", salonId).mapTo(String.class).list());
    }

    /** The sources the salon's clients came from, alphabetical. */
    public List<String> sourcesInUse(long salonId) {
        return db.read(h -> h.createQuery("SELECT DISTINCT source FROM client WHERE salon_id = :s AND deleted_at IS NULL"
                        + " AND source IS NOT NULL ORDER BY source")
                .bind("s", salonId).mapTo(String.class).list());
    }

    /** Changes only the fields given (see {@link ClientInput}); all in one transaction. */
    public Client patch(long salonId, long clientId, ClientInput input) {
        ClientRules.Changes changes = rules.check(input, salons.get(salonId), false);
        if (changes.columns().isEmpty() && changes.tags() == null) {
            return get(salonId, clientId); // nothing to change: no write, updated_at stays
        }
        db.write(h -> {
            requireLive(h, salonId, clientId);
            Map<String, Object> columns = new LinkedHashMap<>(changes.columns());
            columns.put("updated_at", clock.millis());
            StringBuilder set = new StringBuilder();
            for (String column : columns.keySet()) {
                set.append(set.isEmpty() ? "" : ", ").append(column).append(" = :").append(column);
            }
            h.createUpdate("UPDATE client SET " + set + " WHERE id = :id AND salon_id = :salon")
                    .bindMap(columns).bind("id", clientId).bind("salon", salonId).execute();
            if (changes.tags() != null) {
                ClientRows.writeTags(h, salonId, clientId, changes.tags());
            }
            return null;
        });
        return get(salonId, clientId);
    }

    /** Soft delete: the client disappears from the salon but the record stays for export and history. */
    public void delete(long salonId, long clientId) {
        db.write(h -> {
            requireLive(h, salonId, clientId);
            return h.createUpdate("UPDATE client SET deleted_at = :now, updated_at = :now WHERE id = :id AND salon_id = :s")
                    .bind("now", clock.millis()).bind("id", clientId).bind("s", salonId).execute();
        });
    }

    /**
     * Everything the core holds on the client, for a data-subject request: the client's fields,
     * tags, visits with their items, bills, payments and messages. A soft-deleted client is still
     * exported, because its data is still held.
     */
    public Map<String, Object> export(long salonId, long clientId) {
        return db.read(h -> exporter.export(h, salonId, clientId));
    }

    /** The live client with this phone; the oldest one when several share it (families do). */
    public Optional<Client> findByPhone(long salonId, String phone) {
        return db.read(h -> findByPhone(h, salonId, phone));
    }

    /** As {@link #findByPhone(long, String)}, on the caller's handle; any format of the number works. */
    public Optional<Client> findByPhone(Handle h, long salonId, String phone) {
        Salon salon = salons.get(salonId);
        return phones.toE164(phone, salon.country()).flatMap(e164 ->
                ClientRows.query(h, "phone = :phone", Map.of("phone", e164), ClientRows.OLDEST_FIRST, salonId, 1, 0).stream().findFirst());
    }

    /** The plugin-facing view of a live client. */
    public Optional<ClientView> view(long salonId, long clientId) {
        return find(salonId, clientId).map(c -> toView(salonId, c));
    }

    public static ClientView toView(long salonId, Client c) {
        return new ClientView(c.id(), salonId, c.name(), c.phone(), c.email(), c.birthday(), c.source(), c.tags(),
                c.consent());
    }

    private static void requireLive(Handle h, long salonId, long clientId) {
        boolean live = h.createQuery("SELECT count(*) FROM client WHERE id = :id AND salon_id = :s AND deleted_at IS NULL")
                .bind("id", clientId).bind("s", salonId).mapTo(Integer.class).one() > 0;
        if (!live) {
            throw new NotFoundException("client");
        }
    }

    // '!' rather than backslash: Jdbi's SQL lexer reads \' inside a literal as an escaped quote
    private static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
