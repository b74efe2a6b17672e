package app.atelier.web.demo;

import app.atelier.core.AtelierCore;
import app.atelier.core.auth.Role;
import java.security.SecureRandom;
import java.util.Base64;

/** Creates the platform operator on first start; a generated password is printed once and never stored in clear. */
public final class OperatorAccount {
    private final AtelierCore core;

    public OperatorAccount(AtelierCore core) {
        this.core = core;
    }

    public void ensure(String email, String password) {
        boolean exists = core.db().read(h -> h.createQuery("SELECT count(*) FROM app_user WHERE role = 'operator'")
                .mapTo(Integer.class).one()) > 0;
        if (exists) {
            return;
        }
        String login = email == null || email.isBlank() ? "operator@atelier.local" : email;
        String secret = password == null || password.isBlank() ? generated() : password;
        core.db().write(h -> core.users().create(h, login, secret, Role.OPERATOR, null, null));
        if (password == null || password.isBlank()) {
            System.out.printf("Platform operator created: %s / %s (shown once; set ATELIER_OPERATOR_PASSWORD to choose it)%n",
                    login, secret);
        } else {
            System.out.printf("Platform operator created: %s%n", login);
        }
    }

    static String generated() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
