package app.atelier.core.auth;

import app.atelier.core.common.ForbiddenException;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Sign-in, bearer tokens and API keys. Secrets are stored only as SHA-256 digests. */
public final class AuthService {
    /** How long a sign-in token stays valid. */
    public static final Duration TOKEN_LIFETIME = Duration.ofDays(30);

    private final Database db;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final Tokens tokens = new Tokens();
    private final RateLimiter loginLimiter;
    // a real hash to compare against when the email is unknown, so both paths take the same time
    private final String decoyHash;

    public AuthService(Database db, Clock clock, PasswordHasher hasher, RateLimiter loginLimiter) {
        this.db = db;
        this.clock = clock;
        this.hasher = hasher;
        this.loginLimiter = loginLimiter;
        this.decoyHash = hasher.hash("decoy-password-never-matches");
    }

    /** The result of a successful sign-in. */
    public record Login(String token, Principal principal) {
    }

    /** The outcome of a sign-in attempt. */
    public enum Failure { BAD_CREDENTIALS, RATE_LIMITED }

    /** Thrown for a failed sign-in; the message never says whether the email exists. */
    public static final class LoginFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Failure failure;

        public LoginFailed(Failure failure) {
            super(failure == Failure.RATE_LIMITED ? "too many sign-in attempts; wait a minute and try again"
                    : "wrong email or password");
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /** Signs in; attempts are limited per email and per client address. */
    public Login login(String email, String password, String clientAddress) {
        Validator v = new Validator();
        v.require(email != null && !email.isBlank() && email.length() <= 254, "email", "is required");
        v.require(password != null && !password.isEmpty() && password.length() <= 200, "password", "is required");
        v.check();
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        if (!loginLimiter.tryAcquire("email:" + normalized) || !loginLimiter.tryAcquire("ip:" + clientAddress)) {
            throw new LoginFailed(Failure.RATE_LIMITED);
        }
        Optional<Map<String, Object>> user = db.read(h -> h.createQuery(
                        "SELECT id, email, password_hash, role, salon_id, staff_id FROM app_user WHERE email = :e")
                .bind("e", normalized).mapToMap().findOne());
        String hash = user.map(u -> (String) u.get("password_hash")).orElse(decoyHash);
        boolean ok = hasher.matches(password, hash) && user.isPresent();
        if (!ok) {
            throw new LoginFailed(Failure.BAD_CREDENTIALS);
        }
        Map<String, Object> u = user.get();
        Principal principal = new Principal(((Number) u.get("id")).longValue(), (String) u.get("email"),
                Role.of((String) u.get("role")), u.get("salon_id") == null ? null : ((Number) u.get("salon_id")).longValue(),
                u.get("staff_id") == null ? null : ((Number) u.get("staff_id")).longValue());
        String token = tokens.newSecret("ats_");
        long now = clock.millis();
        db.write(h -> h.execute("INSERT INTO auth_token (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                Tokens.digest(token), principal.userId(), now, now + TOKEN_LIFETIME.toMillis()));
        return new Login(token, principal);
    }

    /** Resolves a bearer secret: a sign-in token ({@code ats_…}) or an API key ({@code atk_…}). */
    public Optional<Principal> authenticate(String secret) {
        if (secret == null || secret.length() > 200) {
            return Optional.empty();
        }
        String digest = Tokens.digest(secret);
        if (secret.startsWith("atk_")) {
            return db.read(h -> h.createQuery("""
                            SELECT k.created_by, k.name, k.salon_id FROM api_key k
                            WHERE k.key_hash = :d AND k.revoked_at IS NULL""")
                    .bind("d", digest)
                    .map((rs, ctx) -> new Principal(rs.getLong(1), "api-key:" + rs.getString(2), Role.ADMIN, rs.getLong(3), null))
                    .findOne());
        }
        return db.read(h -> h.createQuery("""
                        SELECT u.id, u.email, u.role, u.salon_id, u.staff_id FROM auth_token t JOIN app_user u ON u.id = t.user_id
                        WHERE t.token_hash = :d AND t.expires_at > :now""")
                .bind("d", digest).bind("now", clock.millis())
                .map((rs, ctx) -> new Principal(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3)),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getObject(5) == null ? null : rs.getLong(5)))
                .findOne());
    }

    /** Ends a sign-in session. */
    public void logout(String secret) {
        db.write(h -> h.execute("DELETE FROM auth_token WHERE token_hash = ?", Tokens.digest(secret)));
    }

    /** A created API key; {@code secret} is shown once and never stored. */
    public record ApiKey(long id, String name, String prefix, long createdAt, Long revokedAt, String secret) {
    }

    public ApiKey createApiKey(Principal owner, String name) {
        requireOwner(owner);
        new Validator().text(name, "name", Validator.MAX_TEXT).check();
        String secret = tokens.newSecret("atk_");
        String prefix = secret.substring(0, 10);
        long now = clock.millis();
        long id = db.write(h -> h.createUpdate("""
                        INSERT INTO api_key (salon_id, name, prefix, key_hash, created_by, created_at)
                        VALUES (:s, :n, :p, :h, :u, :now)""")
                .bind("s", owner.requireSalon()).bind("n", name).bind("p", prefix).bind("h", Tokens.digest(secret))
                .bind("u", owner.userId()).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new ApiKey(id, name, prefix, now, null, secret);
    }

    public List<ApiKey> apiKeys(Principal owner) {
        requireOwner(owner);
        return db.read(h -> h.createQuery(
                        "SELECT id, name, prefix, created_at, revoked_at FROM api_key WHERE salon_id = :s ORDER BY id")
                .bind("s", owner.requireSalon())
                .map((rs, ctx) -> new ApiKey(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5) == null ? null : rs.getLong(5), null))
                .list());
    }

    /** Revokes a key of the owner's salon; false when there is no such key in that salon. */
    public boolean revokeApiKey(Principal owner, long keyId) {
        requireOwner(owner);
        return db.write(h -> h.execute("UPDATE api_key SET revoked_at = ? WHERE id = ? AND salon_id = ? AND revoked_at IS NULL",
                clock.millis(), keyId, owner.requireSalon())) > 0;
    }

    private static void requireOwner(Principal p) {
        if (p.role() != Role.OWNER) {
            throw new ForbiddenException("only the salon owner manages API keys");
        }
    }
}
