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

    /** One field's error with its {@link FieldError#code() code}. */
    public static InvalidInput of(String field, String code, String message, Object... args) {
        return new InvalidInput(List.of(new FieldError(field, message, code, List.of(args))));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * One invalid field and what a person should know about it.
     *
     * @param field   the field's path, e.g. {@code conditions.spendTiers[1].minSpent}
     * @param message e.g. "must be larger than the tier before": the English text the REST API answers
     * @param code    what went wrong, stable across wording changes (e.g. {@code range}), so that the panel
     *                can say it in the user's language and units; null when no one words it otherwise
     * @param args    the values the message names, in the API's units (e.g. the range's bounds in basis points)
     */
    public record FieldError(String field, String message, String code, List<Object> args) {
        public FieldError {
            args = List.copyOf(args);
        }

        public FieldError(String field, String message) {
            this(field, message, null, List.of());
        }
    }
}
