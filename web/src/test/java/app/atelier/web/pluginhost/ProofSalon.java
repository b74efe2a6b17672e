package app.atelier.web.pluginhost;

import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import java.util.List;
import java.util.Map;

/**
 * A {@link SalonFixture} with one master, a Haircut at 1500.00 and one client, on a tariff that may
 * allow the proof plugin (switched on by {@link #enableProof()}), and the proof plugin's own switches.
 */
final class ProofSalon extends SalonFixture {
    static final long PRICE = 150_000;

    final long staffId;
    final long serviceId;
    final long clientId;

    private ProofSalon(SalonFixture salon) {
        super(salon);
        staffId = master("Master of " + slug);
        serviceId = service("Haircut", "Hair", 60, PRICE);
        clientId = client("Client of " + slug, null);
    }

    /** Creates tariff {@code tariff} allowing {@code plugins} (none switched on), a salon on it and its owner, master, service and client. */
    static ProofSalon create(TestServer server, String operatorToken, String slug, String tariff, List<String> plugins) {
        return new ProofSalon(SalonFixture.setup(server, slug).operator(operatorToken).tariff(tariff).plugins(plugins)
                .enabled(List.of()).create());
    }

    /** {@code PUT /api/v1/plugins/proof {enabled}}; the reply as it came. */
    Reply switchProof(boolean enabled) {
        return switchPlugin("proof", enabled);
    }

    ProofSalon enableProof() {
        enable("proof", true);
        return this;
    }

    /** The proof plugin's {@code failMode} setting: where it throws on purpose (none, checkout, quote…). */
    void failMode(String mode) {
        settings("proof", Map.of("failMode", mode));
    }

    /** Books the service for the client at a salon-local time; returns the reply (201 or a problem). */
    Reply tryBook(String localStart) {
        return tryBook(clientId, staffId, localStart, "admin", serviceId);
    }

    long book(String localStart) {
        return book(clientId, staffId, localStart, serviceId);
    }
}
