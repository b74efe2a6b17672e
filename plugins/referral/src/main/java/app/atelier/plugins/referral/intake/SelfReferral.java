package app.atelier.plugins.referral.intake;

import app.atelier.api.data.ClientView;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a code's owner and the client giving it are the same person: the same client, or two
 * cards with the same phone (stored as E.164 by the core, so equal text is an equal number) or
 * the same email (case and surrounding spaces ignored).
 */
final class SelfReferral {
    private SelfReferral() {
    }

    /** What the two share, for the refusal message; empty when they are different people. */
    static Optional<String> shared(ClientView referrer, ClientView referred) {
        if (referrer.id() == referred.id()) {
            return Optional.of("own");
        }
        if (present(referrer.phone()) && referrer.phone().trim().equals(trim(referred.phone()))) {
            return Optional.of("phone number");
        }
        if (present(referrer.email()) && email(referrer.email()).equals(email(referred.email()))) {
            return Optional.of("email");
        }
        return Optional.empty();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String email(String s) {
        return trim(s).toLowerCase(Locale.ROOT);
    }
}
