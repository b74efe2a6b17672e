package app.atelier.plugins.booking.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;

/**
 * Each salon's secret key (made on first use, kept in {@code booking_secret}) and the keyed hashes
 * built on it: signatures of the links in confirmation messages, hashes of one-time codes. A salon's
 * key never signs another salon's links.
 */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final Jdbi db;
    private final Clock clock;
    private final Map<Long, byte[]> keys = new ConcurrentHashMap<>();

    public Secrets(Jdbi db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** HMAC-SHA256 of {@code message} under the salon's key, URL-safe base64. */
    public String sign(long salonId, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(salonId), "HmacSHA256"));
            return URL.encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code signature} is the salon's signature of {@code message}, compared in constant time. */
    public boolean verify(long salonId, String message, String signature) {
        if (signature == null || signature.isEmpty() || signature.length() > 100) {
            return false;
        }
        return MessageDigest.isEqual(sign(salonId, message).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code n} random bytes, URL-safe base64: tokens. */
    public static String randomToken(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    /** SHA-256, URL-safe base64: what is stored of a session token. */
    public static String sha256(String text) {
        try {
            return URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private byte[] key(long salonId) {
        return keys.computeIfAbsent(salonId, id -> {
            String fresh = randomToken(32);
            // the first caller's key wins; a concurrent second insert is a no-op and both read the stored one
            db.useHandle(h -> h.createUpdate("INSERT INTO booking_secret (salon_id, secret, created_at) VALUES (:s, :k, :t) "
                    + "ON CONFLICT (salon_id) DO NOTHING").bind("s", id).bind("k", fresh).bind("t", clock.millis()).execute());
            String stored = db.withHandle(h -> h.createQuery("SELECT secret FROM booking_secret WHERE salon_id = :s")
                    .bind("s", id).mapTo(String.class).one());
            return Base64.getUrlDecoder().decode(stored);
        });
    }
}
