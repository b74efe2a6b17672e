package app.atelier.plugins.referral.code;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jdbi.v3.core.Handle;

/**
 * Clients' promo codes in {@code referral_code}: one per client, unique within the salon, made
 * the first time someone asks for it (the client card, the API, the {@code client.created} event).
 */
public final class CodeStore {
    private static final int ATTEMPTS = 20;

    private final PluginContext context;
    // not guessable from another client's code: a code is worth a welcome discount
    private final RandomGenerator random = new SecureRandom();

    public CodeStore(PluginContext context) {
        this.context = context;
    }

    /** The client's code, creating it on first use. */
    public String ensure(ClientView client) {
        long salonId = client.salonId();
        Optional<String> existing = codeOf(salonId, client.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String candidate = PromoCodes.unused(client.name(), random, code -> ownerOf(salonId, code).isPresent(), ATTEMPTS);
            if (candidate == null) {
                break;
            }
            // the unique constraints settle races: another request may have given this client a code
            // meanwhile (then that one stands), or given the candidate to someone else (then try again)
            context.database().useHandle(h -> h.execute("""
                    INSERT INTO referral_code (salon_id, client_id, code, created_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""", salonId, client.id(), candidate, context.clock().millis()));
            Optional<String> stored = codeOf(salonId, client.id());
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        throw new IllegalStateException("could not find a free promo code for client " + client.id());
    }

    /** The client's code if it has one. */
    public Optional<String> codeOf(long salonId, long clientId) {
        return context.database().withHandle(h -> codeOf(h, salonId, clientId));
    }

    /** As {@link #codeOf(long, long)}, on the caller's handle. */
    public static Optional<String> codeOf(Handle h, long salonId, long clientId) {
        return h.createQuery("SELECT code FROM referral_code WHERE salon_id = :s AND client_id = :c")
                .bind("s", salonId).bind("c", clientId).mapTo(String.class).findOne();
    }

    /** The client owning a code, which must be in canonical form ({@link PromoCodes#normalize}). */
    public Optional<Long> ownerOf(long salonId, String code) {
        return context.database().withHandle(h -> ownerOf(h, salonId, code));
    }

    /** As {@link #ownerOf(long, String)}, on the caller's handle (the checkout's inside a checkout). */
    public static Optional<Long> ownerOf(Handle h, long salonId, String code) {
        return h.createQuery("SELECT client_id FROM referral_code WHERE salon_id = :s AND code = :code")
                .bind("s", salonId).bind("code", code).mapTo(Long.class).findOne();
    }
}
