package app.atelier.web.http;

import app.atelier.core.common.FieldError;
import java.util.List;

/** A request body that is not the JSON the route expects. */
public final class BadJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public BadJsonException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
