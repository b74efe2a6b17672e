package app.atelier.web.loyalty.referral;

import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A {@link SalonFixture} (Moscow, RUB) with master Vera and a Haircut at 1 500.00, plus the referral
 * plugin's own calls: a client's promo code, referring a friend, what the plugin knows of a client.
 */
public final class ReferralSalon extends SalonFixture {
    public static final long PRICE = 150_000;

    public final long staffId;
    public final long serviceId;

    private ReferralSalon(SalonFixture salon) {
        super(salon);
        staffId = master("Vera");
        serviceId = service("Haircut", "Hair", 60, PRICE);
    }

    /** A salon whose tariff allows {@code plugins}, with each of them switched on. */
    public static ReferralSalon create(TestServer server, String slug, List<String> plugins) {
        return new ReferralSalon(SalonFixture.create(server, slug, plugins));
    }

    /** The jars {@link #withBonus} needs, into {@code root}'s plugins folder (before the server starts). */
    static void installWithBonus(java.nio.file.Path root) {
        app.atelier.web.testing.PluginJars.install(root.resolve("plugins"), "referral", "bonus");
        app.atelier.web.testing.PluginJars.installProofAs(root.resolve("plugins"), "zproof");
    }

    /**
     * Salon {@code alpha} with bonus and referral, referrers earning {@code referrerPoints}, and a copy
     * of the proof plugin named {@code zproof} (its checkout and refund run after referral's) kept
     * neutral until a test tells it to fail.
     */
    static ReferralSalon withBonus(TestServer server, long referrerPoints) {
        ReferralSalon salon = create(server, "alpha", List.of("bonus", "referral", "zproof"));
        salon.settings("zproof", java.util.Map.of("discountBasisPoints", 0, "failMode", "none"));
        salon.settings("referral", java.util.Map.of("referrerPoints", referrerPoints));
        return salon;
    }

    /** The same salon made another way ({@link SalonFixture#setup}: another language, other plugins switched on). */
    public static ReferralSalon of(SalonFixture salon) {
        return new ReferralSalon(salon);
    }

    /** Whether a JSON field is null or left out (the host's JSON drops null fields). */
    public static boolean absent(JsonNode parent, String field) {
        return parent.path(field).isMissingNode() || parent.path(field).isNull();
    }

    /** {@code GET /api/v1/referral/clients/{id}/code}: the client's promo code. */
    public String code(long clientId) {
        return ok(get("/api/v1/referral/clients/" + clientId + "/code"), 200).get("code").asText();
    }

    /** {@code POST /api/v1/referral/referrals {clientId, code}}; the reply as it came. */
    public Reply refer(long clientId, String code) {
        return post("/api/v1/referral/referrals", Map.of("clientId", clientId, "code", code));
    }

    /** {@code GET /api/v1/referral/clients/{id}}. */
    public JsonNode referral(long clientId) {
        return ok(get("/api/v1/referral/clients/" + clientId), 200);
    }

    /** Books the Haircut with Vera at a salon-local time; returns the visit id. */
    public long book(long clientId, String localStart) {
        return book(clientId, staffId, localStart, serviceId);
    }

    /** Books a visit for the client at a salon-local time and pays it in full; returns the visit id. */
    public long visitAndPay(long clientId, String localStart) {
        long visit = book(clientId, localStart);
        payInFull(visit);
        return visit;
    }
}
