package app.atelier.core.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors so a request is answered with all of them at once. */
public final class Validator {
    public static final int MAX_TEXT = 200;
    public static final int MAX_LONG_TEXT = 5_000;

    private final List<FieldError> errors = new ArrayList<>();

    public Validator require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** A required, non-blank text of at most {@code max} characters. */
    public Validator text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else {
            length(value, field, max);
        }
        return this;
    }

    /** An optional text of at most {@code max} characters. */
    public Validator length(String value, String field, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return this;
    }

    public Validator add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws {@link InvalidInputException} when any rule failed. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
