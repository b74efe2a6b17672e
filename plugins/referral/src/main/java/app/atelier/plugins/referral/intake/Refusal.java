package app.atelier.plugins.referral.intake;

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

    public Refusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
