package app.atelier.plugins.referral.intake;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a referral was not recorded, with the message a person reads. The REST API answers
 * {@link Reason#status()}, the {@code Referrals} extension {@code accepted=false} with the message.
 */
public final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kinds of refusal and their HTTP status. */
    public enum Reason {
        /** The request itself is incomplete. */
        INVALID(400),
        /** The referred client does not exist in this salon. */
        NO_CLIENT(404),
        /** No client of this salon has the code. */
        UNKNOWN_CODE(400),
        /** The code belongs to the client, or to a client with the same phone or email. */
        SELF(400),
        /** The client was referred before. */
        ALREADY_REFERRED(409),
        /** The client has completed visits: codes are for new clients. */
        NOT_NEW(409),
        /** The referrer brought as many clients this month as the salon allows. */
        MONTHLY_CAP(409);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final String key;
    private final transient Object[] args;

    public Refusal(Reason reason, String message) {
        this(reason, message, (String) null);
    }

    /**
     * A refusal that can also be told in the reader's language: {@code refusal.<key>} of the
     * plugin's bundle, with {@code args} filled in ({@link #text}).
     */
    public Refusal(Reason reason, String message, String key, Object... args) {
        super(message);
        this.reason = reason;
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public Reason reason() {
        return reason;
    }

    /**
     * The refusal in the language of {@code bundle} (the plugin's {@code i18n/referral}); the English
     * message when it has no text of its own.
     */
    public String text(ResourceBundle bundle, Locale locale) {
        if (key == null || !bundle.containsKey("refusal." + key)) {
            return getMessage();
        }
        return String.format(locale, bundle.getString("refusal." + key), args);
    }
}
