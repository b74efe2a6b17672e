package app.atelier.core.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane). */
public final class PasswordHasher {
    private final Argon2Function argon2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(argon2).getResult();
    }

    public boolean matches(String password, String hash) {
        return Password.check(password, hash).with(argon2);
    }
}
