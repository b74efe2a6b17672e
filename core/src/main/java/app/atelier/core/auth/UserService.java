package app.atelier.core.auth;

import app.atelier.core.common.ConflictException;
import app.atelier.core.common.Validator;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/** Creates users; used inside the transaction that creates their salon. */
public final class UserService {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,63}");

    private final PasswordHasher hasher;
    private final Clock clock;

    public UserService(PasswordHasher hasher, Clock clock) {
        this.hasher = hasher;
        this.clock = clock;
    }

    public static boolean validEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    /** Validates a new user's credentials, naming fields under {@code prefix} (e.g. {@code owner.}). */
    public static void validate(Validator v, String prefix, String email, String password) {
        v.require(validEmail(email), prefix + "email", "must be an email address");
        v.require(password != null && password.length() >= 8 && password.length() <= 200, prefix + "password",
                "must be 8 to 200 characters");
    }

    public long create(Handle h, String email, String password, Role role, Long salonId, Long staffId) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        boolean taken = h.createQuery("SELECT count(*) FROM app_user WHERE email = :e").bind("e", normalized)
                .mapTo(Integer.class).one() > 0;
        if (taken) {
            throw new ConflictException("email_taken", "a user with this email already exists");
        }
        return h.createUpdate("""
                        INSERT INTO app_user (email, password_hash, role, salon_id, staff_id, created_at)
                        VALUES (:email, :hash, :role, :salon, :staff, :now)""")
                .bind("email", normalized).bind("hash", hasher.hash(password)).bind("role", role.key())
                .bind("salon", salonId).bind("staff", staffId).bind("now", clock.millis())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }
}
