package app.atelier.core.common;

/** One invalid input field and what a person should know about it. */
public record FieldError(String field, String message) {
}
