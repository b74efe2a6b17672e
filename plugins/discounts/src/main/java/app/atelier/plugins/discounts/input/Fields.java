package app.atelier.plugins.discounts.input;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed values out of a JSON object parsed into maps and lists, collecting an error per bad
 * field instead of stopping at the first, so that a person can fix a form in one go.
 */
public final class Fields {
    private final List<InvalidInput.FieldError> errors = new ArrayList<>();

    public void error(String field, String message) {
        errors.add(new InvalidInput.FieldError(field, message));
    }

    /** An error with a {@link InvalidInput.FieldError#code() code} the panel words in the user's language. */
    public void error(String field, String code, String message, Object... args) {
        errors.add(new InvalidInput.FieldError(field, message, code, List.of(args)));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws {@link InvalidInput} when any field was bad. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** Reports every key that is not one of {@code allowed}: a typo must not silently drop a condition. */
    public void onlyKnown(Map<?, ?> object, Set<String> allowed, String prefix) {
        for (Object key : object.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                error(prefix + key, "is not a known field (known: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** A string of 1..max characters after trimming, or null when absent (an error when required). */
    public String text(Object value, String field, boolean required, int max) {
        if (value == null) {
            if (required) {
                error(field, "required", "is required");
            }
            return null;
        }
        if (!(value instanceof String s) || s.isBlank()) {
            error(field, "empty", "must be a non-empty string");
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            error(field, "tooLong", "must be at most " + max + " characters", max);
            return null;
        }
        return t;
    }

    /** A whole number in [min, max], or null when absent (an error when required). */
    public Long whole(Object value, String field, boolean required, long min, long max) {
        if (value == null) {
            if (required) {
                error(field, "required", "is required");
            }
            return null;
        }
        Long n = value instanceof Integer || value instanceof Long || value instanceof Short ? ((Number) value).longValue()
                : value instanceof BigInteger b && b.bitLength() < 64 ? b.longValue() : null;
        if (n == null) {
            error(field, "whole", "must be a whole number");
            return null;
        }
        if (n < min || n > max) {
            error(field, "range", "must be from " + min + " to " + max, min, max);
            return null;
        }
        return n;
    }

    /** true or false, or {@code otherwise} when absent. */
    public boolean bool(Object value, String field, boolean otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Boolean b)) {
            error(field, "must be true or false");
            return otherwise;
        }
        return b;
    }

    /** A JSON object, or null when absent or not an object (then an error). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> m)) {
            error(field, "must be an object");
            return null;
        }
        return (Map<String, Object>) m;
    }

    /** A JSON list of 1..max entries, or null when absent or bad (then an error). */
    public List<?> list(Object value, String field, int max) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> l)) {
            error(field, "must be a list");
            return null;
        }
        if (l.isEmpty() || l.size() > max) {
            error(field, "entries", "must have 1 to " + max + " entries (leave it out for no restriction)", max);
            return null;
        }
        return l;
    }
}
