package app.atelier.plugins.booking.codes;

import app.atelier.plugins.booking.links.Secrets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Six-digit one-time codes per salon, purpose and phone. Only a keyed hash is stored; only the
 * newest code of a phone counts; a code is used once, expires, and dies after too many wrong tries.
 * Marking a code used is a conditional update, so two requests with the same code cannot both win.
 */
public final class OneTimeCodes {
    /** Signing in to the cabinet. */
    public static final String CABINET = "cabinet";
    /** Confirming the phone of a booking. */
    public static final String BOOKING = "booking";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a check came out. */
    public enum Check { OK, WRONG, EXHAUSTED, NONE }

    /**
     * A code just made.
     *
     * @param id   its row, for the message's dedup key
     * @param code the digits, to send (never stored)
     */
    public record Issued(long id, String code, Instant expiresAt) {
    }

    private record Row(long id, String hash, int attempts, long expiresAt, Long usedAt) {
    }

    private final Jdbi db;
    private final Clock clock;
    private final Secrets secrets;

    public OneTimeCodes(Jdbi db, Clock clock, Secrets secrets) {
        this.db = db;
        this.clock = clock;
        this.secrets = secrets;
    }

    public Issued issue(long salonId, String purpose, String phone, Duration validFor) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        long now = clock.millis();
        long expires = now + validFor.toMillis();
        String hash = hash(salonId, purpose, phone, code);
        long id = db.withHandle(h -> h.createUpdate("""
                        INSERT INTO booking_code (salon_id, purpose, phone, code_hash, attempts, expires_at, created_at)
                        VALUES (:s, :p, :ph, :h, 0, :e, :t)""")
                .bind("s", salonId).bind("p", purpose).bind("ph", phone).bind("h", hash).bind("e", expires).bind("t", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Issued(id, code, Instant.ofEpochMilli(expires));
    }

    /** Checks a code against the newest one of the phone; a right code is used up by this call. */
    public Check check(long salonId, String purpose, String phone, String code, int maxAttempts) {
        long now = clock.millis();
        Optional<Row> newest = db.withHandle(h -> h.createQuery("""
                        SELECT id, code_hash, attempts, expires_at, used_at FROM booking_code
                        WHERE salon_id = :s AND purpose = :p AND phone = :ph ORDER BY id DESC LIMIT 1""")
                .bind("s", salonId).bind("p", purpose).bind("ph", phone)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                        rs.getObject(5) == null ? null : rs.getLong(5)))
                .findOne());
        if (newest.isEmpty() || newest.get().usedAt() != null || newest.get().expiresAt() <= now) {
            return Check.NONE;
        }
        Row row = newest.get();
        if (row.attempts() >= maxAttempts) {
            return Check.EXHAUSTED;
        }
        String given = code == null ? "" : code.replaceAll("\\s", "");
        if (given.matches("\\d{6}") && java.security.MessageDigest.isEqual(row.hash().getBytes(),
                hash(salonId, purpose, phone, given).getBytes())) {
            int used = db.withHandle(h -> h.createUpdate("UPDATE booking_code SET used_at = :t WHERE id = :id AND used_at IS NULL "
                    + "AND attempts < :max").bind("t", now).bind("id", row.id()).bind("max", maxAttempts).execute());
            return used == 1 ? Check.OK : Check.NONE;
        }
        int counted = db.withHandle(h -> h.createUpdate("UPDATE booking_code SET attempts = attempts + 1 WHERE id = :id "
                + "AND attempts < :max").bind("id", row.id()).bind("max", maxAttempts).execute());
        return counted == 1 && row.attempts() + 1 < maxAttempts ? Check.WRONG : Check.EXHAUSTED;
    }

    private String hash(long salonId, String purpose, String phone, String code) {
        return secrets.sign(salonId, "code:" + purpose + ":" + phone + ":" + code);
    }
}
