package app.atelier.plugins.discounts.input;

import java.util.List;

/**
 * Bad input, naming every offending field. The routes answer it as a 400 problem document with an
 * {@code errors} list of {@code {field, message}}; nothing has been written when it is thrown.
 */
public final class InvalidInput extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + " " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    /** One field's error. */
    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * One invalid field and what a person should know about it.
     *
     * @param field   the field's path, e.g. {@code conditions.spendTiers[1].minSpent}
     * @param message e.g. "must be larger than the tier before"
     */
    public record FieldError(String field, String message) {
    }
}
