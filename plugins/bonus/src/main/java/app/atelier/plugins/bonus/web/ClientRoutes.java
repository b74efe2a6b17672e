package app.atelier.plugins.bonus.web;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import app.atelier.api.web.PluginRequest;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.bonus.clients.ClientBonus;
import app.atelier.plugins.bonus.ledger.LedgerEntry;
import app.atelier.plugins.bonus.ledger.LedgerStore;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A client's points and history, and the clients whose points expire soon. Reads only. */
final class ClientRoutes {
    private final PluginContext context;

    ClientRoutes(PluginContext context) {
        this.context = context;
    }

    void register(PluginRoutes routes) {
        routes.api("GET", "clients/{clientId}", "A client's balance, tier, money paid, the next tier and what expires when",
                        this::summary)
                .api("GET", "clients/{clientId}/ledger", "A client's ledger, newest first (?limit=100&before=<entry id>)", this::ledger)
                .api("GET", "expiring", "Clients whose points expire within ?days=7 (owner, admin)", this::expiring);
    }

    private void summary(Context ctx, PluginRequest req) {
        Roles.staff(req);
        long clientId = client(req).id();
        ctx.json(ClientBonus.json(new ClientBonus(context).of(req.salon(), clientId)));
    }

    private void ledger(Context ctx, PluginRequest req) {
        Roles.staff(req);
        long salonId = req.salon().id();
        long clientId = client(req).id();
        int limit = Roles.query(ctx.queryParam("limit"), "limit", 100, 1, 500);
        Long before = Roles.optionalId(ctx.queryParam("before"), "before");
        record Page(long balance, List<LedgerEntry> entries) {
        }
        Page page = context.database().withHandle(h -> {
            LedgerStore store = new LedgerStore(h);
            return new Page(store.balance(salonId, clientId), store.history(salonId, clientId, before, limit));
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", clientId);
        body.put("balance", page.balance());
        body.put("entries", page.entries().stream().map(ClientRoutes::entry).toList());
        body.put("nextBefore", page.entries().size() == limit ? page.entries().get(limit - 1).id() : null);
        ctx.json(body);
    }

    private void expiring(Context ctx, PluginRequest req) {
        Roles.manager(req);
        long salonId = req.salon().id();
        int days = Roles.query(ctx.queryParam("days"), "days", 7, 1, 365);
        Instant now = context.clock().instant();
        List<LedgerStore.DueLot> lots = context.database().withHandle(h -> new LedgerStore(h).expiring(salonId, now,
                now.plus(Duration.ofDays(days))));
        Map<Long, Map<String, Object>> byClient = new LinkedHashMap<>();
        for (LedgerStore.DueLot d : lots) {
            Map<String, Object> row = byClient.get(d.clientId());
            if (row == null) {
                Optional<ClientView> client = context.salonData().client(salonId, d.clientId());
                if (client.isEmpty()) {
                    continue;
                }
                row = new LinkedHashMap<>();
                row.put("clientId", d.clientId());
                row.put("name", client.get().name());
                row.put("phone", client.get().phone());
                row.put("amount", 0L);
                row.put("expiresAt", d.lot().expiresAt().toString());
                row.put("lots", new ArrayList<Map<String, Object>>());
                byClient.put(d.clientId(), row);
            }
            row.put("amount", (Long) row.get("amount") + d.lot().remaining());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rowLots = (List<Map<String, Object>>) row.get("lots");
            rowLots.add(Map.of("amount", d.lot().remaining(), "expiresAt", d.lot().expiresAt().toString()));
        }
        ctx.json(Map.of("days", days, "clients", List.copyOf(byClient.values())));
    }

    private ClientView client(PluginRequest req) {
        // another salon's client answers exactly like a missing one
        return context.salonData().client(req.salon().id(), Roles.id(req, "clientId"))
                .orElseThrow(() -> new NotFoundResponse("no such client"));
    }

    static Map<String, Object> entry(LedgerEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("kind", e.kind().key());
        m.put("amount", e.amount());
        m.put("remaining", e.amount() > 0 ? e.remaining() : null);
        m.put("expiresAt", e.expiresAt() == null ? null : e.expiresAt().toString());
        m.put("programId", e.programId());
        m.put("visitId", e.visitId());
        m.put("giftId", e.giftId());
        m.put("reason", e.reason());
        m.put("source", e.source());
        m.put("createdAt", e.createdAt().toString());
        return m;
    }
}
