package app.atelier.plugins.bonus.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON object field by field and collects every problem, so that one 400 names them all
 * ({@code "tiers[1].minSpent: must be …; name: is required"}, and each as a field error) and nothing is
 * written on bad input.
 * Whole numbers only where money or counts are meant: {@code 1.5} is refused, never truncated.
 */
final class Fields {
    private final Map<?, ?> body;
    private final String prefix;
    private final Map<String, String> errors;

    private Fields(Map<?, ?> body, String prefix, Map<String, String> errors) {
        this.body = body;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** The request body as an object; 400 when it is missing or not a JSON object. */
    static Fields of(Context ctx) {
        Object parsed;
        try {
            parsed = ctx.body().isBlank() ? null : ctx.bodyAsClass(Object.class);
        } catch (HttpResponseException e) {
            throw e;
        } catch (Exception e) {
            // Javalin's Jackson mapper throws Jackson's checked exceptions undeclared (Kotlin)
            throw new BadRequestResponse("the body must be a JSON object");
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new BadRequestResponse("the body must be a JSON object");
        }
        return new Fields(map, "", new LinkedHashMap<>());
    }

    /** Whether the field is present and not null. */
    boolean has(String key) {
        return body.get(key) != null;
    }

    void error(String key, String message) {
        errors.merge(prefix + key, message, (a, b) -> a + "; " + b);
    }

    /** Throws one 400 naming every problem found so far; the host shows the details as field errors. */
    void check() {
        if (!errors.isEmpty()) {
            String text = String.join("; ", errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
            throw new BadRequestResponse(text, Map.copyOf(errors));
        }
    }

    String text(String key, boolean required, int maxLength) {
        Object v = body.get(key);
        if (v == null) {
            if (required) {
                error(key, "is required");
            }
            return null;
        }
        if (!(v instanceof String s) || s.isBlank()) {
            error(key, "must be a non-empty text");
            return null;
        }
        if (s.length() > maxLength) {
            error(key, "must be at most " + maxLength + " characters");
            return null;
        }
        return s.trim();
    }

    /** A whole number in {@code [min, max]}, or null when absent (and an error when required). */
    Long number(String key, boolean required, long min, long max) {
        Object v = body.get(key);
        if (v == null) {
            if (required) {
                error(key, "is required");
            }
            return null;
        }
        Long n = whole(v);
        if (n == null || n < min || n > max) {
            error(key, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return n;
    }

    Boolean flag(String key, boolean fallback) {
        Object v = body.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            error(key, "must be true or false");
            return fallback;
        }
        return b;
    }

    LocalDate date(String key, boolean required) {
        String s = text(key, required, 10);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            error(key, "must be a date like 2026-12-31");
            return null;
        }
    }

    /** A list of objects, each read with its own {@code key[i].} prefix. */
    List<Fields> objects(String key, int maxSize) {
        List<?> list = list(key, maxSize);
        List<Fields> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> m) {
                result.add(new Fields(m, prefix + key + "[" + i + "].", errors));
            } else {
                error(key + "[" + i + "]", "must be an object");
            }
        }
        return result;
    }

    /** A nested object, or null when absent. */
    Fields object(String key) {
        Object v = body.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> m)) {
            error(key, "must be an object");
            return null;
        }
        return new Fields(m, prefix + key + ".", errors);
    }

    List<Long> ids(String key, int maxSize) {
        List<Long> ids = new ArrayList<>();
        List<?> list = list(key, maxSize);
        for (int i = 0; i < list.size(); i++) {
            Long n = whole(list.get(i));
            if (n == null || n <= 0) {
                error(key + "[" + i + "]", "must be a positive id");
            } else {
                ids.add(n);
            }
        }
        return ids;
    }

    List<String> texts(String key, int maxSize, int maxLength) {
        List<String> texts = new ArrayList<>();
        List<?> list = list(key, maxSize);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof String s && !s.isBlank() && s.length() <= maxLength) {
                texts.add(s.trim());
            } else {
                error(key + "[" + i + "]", "must be a non-empty text of at most " + maxLength + " characters");
            }
        }
        return texts;
    }

    private List<?> list(String key, int maxSize) {
        Object v = body.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            error(key, "must be a list");
            return List.of();
        }
        if (list.size() > maxSize) {
            error(key, "must have at most " + maxSize + " entries");
            return List.of();
        }
        return list;
    }

    private static Long whole(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger b && b.bitLength() < 64) {
            return b.longValue();
        }
        return null;
    }
}
