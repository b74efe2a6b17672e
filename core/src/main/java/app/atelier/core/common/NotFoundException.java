package app.atelier.core.common;

/** A row that does not exist for the caller's salon (another salon's row is "not found" too). */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
