package app.atelier.plugins.bonus.ledger;

/** A debit asked for more points than the client can spend. */
public final class InsufficientPointsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long requested;
    private final long available;

    public InsufficientPointsException(long requested, long available) {
        super("requested " + requested + " points but only " + available + " can be spent");
        this.requested = requested;
        this.available = available;
    }

    public long requested() {
        return requested;
    }

    public long available() {
        return available;
    }
}
