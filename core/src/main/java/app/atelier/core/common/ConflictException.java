package app.atelier.core.common;

/** The request is valid but clashes with the current state (a taken time, a reused key). */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A short machine name, e.g. {@code visit_overlap}. */
    public String code() {
        return code;
    }
}
