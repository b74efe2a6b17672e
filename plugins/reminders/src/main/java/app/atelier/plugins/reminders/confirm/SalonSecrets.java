package app.atelier.plugins.reminders.confirm;

import app.atelier.api.PluginContext;
import java.security.SecureRandom;
import java.util.Base64;

/** Each salon's link-signing secret, made on first use and kept in {@code reminders_salon}. */
public final class SalonSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    // secrets never change once made, so one look-up per salon is enough
    private final java.util.Map<Long, byte[]> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final PluginContext context;

    public SalonSecrets(PluginContext context) {
        this.context = context;
    }

    public byte[] of(long salonId) {
        return cache.computeIfAbsent(salonId, this::load).clone();
    }

    private byte[] load(long salonId) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        String encoded = Base64.getEncoder().encodeToString(fresh);
        // insert-if-absent then read: two nodes making a secret at once end up with the same one
        String secret = context.database().inTransaction(h -> {
            h.execute("INSERT INTO reminders_salon (salon_id, secret) VALUES (?, ?) ON CONFLICT (salon_id) DO NOTHING",
                    salonId, encoded);
            return h.createQuery("SELECT secret FROM reminders_salon WHERE salon_id = :s").bind("s", salonId)
                    .mapTo(String.class).one();
        });
        return Base64.getDecoder().decode(secret);
    }

    /** A visit's link token. */
    public String token(long salonId, long visitId) {
        return Tokens.sign(of(salonId), salonId, visitId);
    }
}
