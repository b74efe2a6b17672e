package app.atelier.plugins.reminders.confirm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a confirm/cancel link: {@code <visitId>.<mac>}, the MAC an HMAC-SHA256 of the salon
 * and the visit under the salon's secret, cut to 128 bits. It carries no expiry: what a client may
 * do is decided by the visit itself (only an open visit that has not started can be confirmed or
 * cancelled), so a link keeps working when the visit is moved. Pure.
 */
public final class Tokens {
    private static final int MAC_BYTES = 16;

    private Tokens() {
    }

    public static String sign(byte[] secret, long salonId, long visitId) {
        return visitId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(secret, salonId, visitId));
    }

    /** The visit a token was signed for, if it is genuine for this salon. */
    public static Optional<Long> verify(byte[] secret, long salonId, String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || !token.substring(0, dot).matches("[0-9]{1,19}")) {
            return Optional.empty();
        }
        long visitId;
        try {
            visitId = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();  // 19 digits beyond Long.MAX_VALUE
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // constant-time comparison: no timing hints about how much of a guessed MAC was right
        return MessageDigest.isEqual(given, mac(secret, salonId, visitId)) ? Optional.of(visitId) : Optional.empty();
    }

    private static byte[] mac(byte[] secret, long salonId, long visitId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal(("reminders:visit:" + salonId + ":" + visitId).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
