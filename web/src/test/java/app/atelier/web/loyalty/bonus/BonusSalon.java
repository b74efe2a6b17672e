package app.atelier.web.loyalty.bonus;

import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SalonFixture} (Moscow, RUB) with master Vera and one service, Colouring, at the price a
 * story chooses, plus the bonus plugin's own calls: the loyalty program, redeeming points, gifts and
 * the client's ledger.
 */
public final class BonusSalon extends SalonFixture {
    /** A loyalty program as the issue describes it: 3 % from 0, 5 % from 30 000.00, 7 % from 100 000.00. */
    public static final List<Map<String, Object>> TIERS = List.of(
            Map.of("name", "Base", "minSpent", 0, "accrualBasisPoints", 300),
            Map.of("name", "Silver", "minSpent", 3_000_000, "accrualBasisPoints", 500),
            Map.of("name", "Gold", "minSpent", 10_000_000, "accrualBasisPoints", 700));

    public final long staffId;
    public final long serviceId;

    private BonusSalon(SalonFixture salon, long price) {
        super(salon);
        staffId = master("Vera");
        serviceId = service("Colouring", "Hair", 60, price);
    }

    /** A salon whose tariff allows {@code plugins}, each switched on, with its service at {@code price}. */
    public static BonusSalon create(TestServer server, String slug, List<String> plugins, long price) {
        return new BonusSalon(SalonFixture.create(server, slug, plugins), price);
    }

    /** The body fields that ask a quote or checkout to pay {@code points} with points. */
    public static Map<String, Object> redeem(long points) {
        return Map.of("redeemBonus", points);
    }

    /** Creates the permanent loyalty program with {@link #TIERS} and the given extras; returns its id. */
    public long loyaltyProgram(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Loyalty", "kind", "permanent", "tiers", TIERS));
        body.putAll(extra);
        return ok(post("/api/v1/bonus/programs", body), 201).get("id").asLong();
    }

    /** Books Colouring with Vera at a salon-local time; returns the visit id. */
    public long book(long clientId, String localStart) {
        return book(clientId, staffId, localStart, serviceId);
    }

    /** The quote's body {bill, notes, warnings} when asking to redeem {@code points}. */
    public JsonNode quote(long visitId, long points) {
        return quote(visitId, redeem(points));
    }

    /** Checks out paying {@code cash} (nothing when 0), redeeming {@code points}, under an idempotency key. */
    public Reply checkout(long visitId, String key, long cash, long points) {
        return checkout(visitId, key, cash(cash), redeem(points));
    }

    /** Books at {@code localStart}, redeems {@code points} and pays the rest in cash; returns the completed visit. */
    public JsonNode visit(long clientId, String localStart, long points) {
        return payInFull(book(clientId, localStart), redeem(points));
    }

    /** {@code GET /api/v1/bonus/clients/{id}}. */
    public JsonNode summary(long clientId) {
        return ok(get("/api/v1/bonus/clients/" + clientId), 200);
    }

    public long balance(long clientId) {
        return summary(clientId).get("balance").asLong();
    }

    /** The client's ledger entries, newest first. */
    public List<JsonNode> ledger(long clientId) {
        List<JsonNode> entries = new ArrayList<>();
        ok(get("/api/v1/bonus/clients/" + clientId + "/ledger"), 200).get("entries").forEach(entries::add);
        return entries;
    }

    /** Amounts of the client's entries of one kind, oldest first. */
    public List<Long> amounts(long clientId, String kind) {
        List<Long> amounts = new ArrayList<>();
        List<JsonNode> entries = ledger(clientId);
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (kind.equals(entries.get(i).get("kind").asText())) {
                amounts.add(entries.get(i).get("amount").asLong());
            }
        }
        return amounts;
    }

    /** {@code POST /api/v1/bonus/gifts}; the reply as it came. */
    public Reply gift(Map<String, Object> body) {
        return post("/api/v1/bonus/gifts", body);
    }

    /** Rows of the bonus ledger of this salon. */
    public int ledgerRows() {
        return count("SELECT count(*) FROM bonus_ledger WHERE salon_id = :s", Map.of("s", id));
    }
}
