package app.atelier.plugins.bonus.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JSON object field by field and collects every problem, so that one 400 names them all
 * ({@code "tiers[1].minSpent: must be …; name: is required"}, and each as a field error) and nothing is
 * written on bad input.
 * Whole numbers only where money or counts are meant: {@code 1.5} is refused, never truncated.
 *
 * <p>Each problem is also kept as a {@link Problem} (a code and its values), so that the panel's
 * forms, which go through the same reading, can word it in their user's language and units; the
 * API answers the English texts of {@link #ENGLISH}.
 */
public final class Fields {
    /** The API's wording of each problem code, java.util.Formatter patterns over the problem's values. */
    public static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("required", "is required"),
            Map.entry("text", "must be a non-empty text"),
            Map.entry("tooLong", "must be at most %s characters"),
            Map.entry("range", "must be a whole number from %s to %s"),
            Map.entry("flag", "must be true or false"),
            Map.entry("date", "must be a date like 2026-12-31"),
            Map.entry("object", "must be an object"),
            Map.entry("list", "must be a list"),
            Map.entry("tooMany", "must have at most %s entries"),
            Map.entry("id", "must be a positive id"),
            Map.entry("texts", "must be a non-empty text of at most %s characters"),
            Map.entry("kind", "must be permanent or promo"),
            Map.entry("promoDates", "only a promo program has dates"),
            Map.entry("endsBeforeStart", "must not be before startsOn"),
            Map.entry("tiersRequired", "is required: at least one {minSpent, accrualBasisPoints}"),
            Map.entry("tiersEmpty", "must have at least one tier"),
            Map.entry("sameThreshold", "another tier starts at the same amount"),
            Map.entry("unknownService", "the salon has no service %s"),
            Map.entry("unknownProduct", "the salon has no product %s"),
            Map.entry("clientOrSegment", "give either clientId or segment, not both and not neither"),
            Map.entry("segmentEmpty", "give at least one of tag, minSpent, maxSpent, sleepingDays"),
            Map.entry("maxBelowMin", "must not be below minSpent"),
            Map.entry("expiry", "must be a date like 2027-01-10 or an instant like 2027-01-10T21:00:00Z"),
            Map.entry("future", "must be in the future"));

    /**
     * One problem with a field.
     *
     * @param code a key of {@link #ENGLISH}
     * @param args the values its wording names (limits in the API's units: minor units, basis points)
     */
    public record Problem(String code, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }
    }

    private final Map<?, ?> body;
    private final String prefix;
    private final Map<String, List<Problem>> problems;

    private Fields(Map<?, ?> body, String prefix, Map<String, List<Problem>> problems) {
        this.body = body;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** Fields over an object already read, e.g. one a panel form was turned into. */
    public static Fields of(Map<String, ?> body) {
        return new Fields(body, "", new LinkedHashMap<>());
    }

    /** Every problem found so far, by field key ({@code name}, {@code tiers[1].minSpent}), in the order found. */
    public Map<String, List<Problem>> problems() {
        return Collections.unmodifiableMap(problems);
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

    /** Records a problem: {@code code} is a key of {@link #ENGLISH}, {@code args} its values. */
    void error(String key, String code, Object... args) {
        if (!ENGLISH.containsKey(code)) {
            throw new IllegalArgumentException("no wording for problem " + code);
        }
        problems.computeIfAbsent(prefix + key, k -> new ArrayList<>()).add(new Problem(code, List.of(args)));
    }

    /** Throws one 400 naming every problem found so far; the host shows the details as field errors. */
    void check() {
        if (!problems.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach((key, list) -> errors.put(key, String.join("; ", list.stream().map(Fields::english).toList())));
            String text = String.join("; ", errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
            throw new BadRequestResponse(text, Map.copyOf(errors));
        }
    }

    private static String english(Problem p) {
        return String.format(Locale.ROOT, ENGLISH.get(p.code()), p.args().toArray());
    }

    String text(String key, boolean required, int maxLength) {
        Object v = body.get(key);
        if (v == null) {
            if (required) {
                error(key, "required");
            }
            return null;
        }
        if (!(v instanceof String s) || s.isBlank()) {
            error(key, "text");
            return null;
        }
        if (s.length() > maxLength) {
            error(key, "tooLong", maxLength);
            return null;
        }
        return s.trim();
    }

    /** A whole number in {@code [min, max]}, or null when absent (and an error when required). */
    Long number(String key, boolean required, long min, long max) {
        Object v = body.get(key);
        if (v == null) {
            if (required) {
                error(key, "required");
            }
            return null;
        }
        Long n = whole(v);
        if (n == null || n < min || n > max) {
            error(key, "range", min, max);
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
            error(key, "flag");
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
            error(key, "date");
            return null;
        }
    }

    /** A list of objects, each read with its own {@code key[i].} prefix. */
    List<Fields> objects(String key, int maxSize) {
        List<?> list = list(key, maxSize);
        List<Fields> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> m) {
                result.add(new Fields(m, prefix + key + "[" + i + "].", problems));
            } else {
                error(key + "[" + i + "]", "object");
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
            error(key, "object");
            return null;
        }
        return new Fields(m, prefix + key + ".", problems);
    }

    List<Long> ids(String key, int maxSize) {
        List<Long> ids = new ArrayList<>();
        List<?> list = list(key, maxSize);
        for (int i = 0; i < list.size(); i++) {
            Long n = whole(list.get(i));
            if (n == null || n <= 0) {
                error(key + "[" + i + "]", "id");
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
                error(key + "[" + i + "]", "texts", maxLength);
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
            error(key, "list");
            return List.of();
        }
        if (list.size() > maxSize) {
            error(key, "tooMany", maxSize);
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
