package app.atelier.plugins.reminders.template;

import app.atelier.plugins.reminders.plan.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a salon's template must satisfy before it is stored: both parts present, within length, the
 * subject on one line, only the kind's placeholders. The one check behind the REST API and the
 * panel form; each says the problems in its own words (the API in English, the panel in the
 * user's language), so the problems come back as codes with their arguments.
 */
public final class TemplateRules {
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 2_000;

    private TemplateRules() {
    }

    /**
     * One problem of a field.
     *
     * @param code    {@code required}, {@code too_long}, {@code one_line} or {@code unknown}
     * @param args    for {@code too_long} the limit; for {@code unknown} the unknown placeholders and
     *                the allowed ones, each as {@code {name}} joined with ", "
     * @param english the sentence the REST API answers with
     */
    public record Problem(String code, List<String> args, String english) {
    }

    /** The problems by field ({@code subject}, {@code body}), in that order; empty when the template may be stored. */
    public static Map<String, Problem> check(Kind kind, String subject, String body) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        check(problems, "subject", subject, MAX_SUBJECT, kind);
        if (subject != null && subject.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            problems.putIfAbsent("subject", new Problem("one_line", List.of(), "must be one line"));
        }
        check(problems, "body", body, MAX_BODY, kind);
        return problems;
    }

    /** The text as it is stored once valid: the subject trimmed, the body stripped. */
    public static Template normalized(String subject, String body) {
        return new Template(subject.trim(), body.strip(), true);
    }

    /** The languages a salon edits: English, Russian (the jar ships both) and the salon's own. */
    public static SortedSet<String> languages(String salonLanguage) {
        return new TreeSet<>(List.of("en", "ru", salonLanguage));
    }

    /** A kind's placeholders as {@code {name}}, sorted. */
    public static List<String> placeholders(Kind kind) {
        return new TreeSet<>(kind.placeholders()).stream().map(p -> "{" + p + "}").toList();
    }

    private static void check(Map<String, Problem> problems, String field, String value, int max, Kind kind) {
        if (value == null || value.isBlank()) {
            problems.put(field, new Problem("required", List.of(), "is required"));
        } else if (value.length() > max) {
            problems.put(field, new Problem("too_long", List.of(Integer.toString(max)), "must be at most " + max + " characters"));
        } else {
            List<String> unknown = Renderer.unknown(value, kind.placeholders());
            if (!unknown.isEmpty()) {
                String names = String.join(", ", unknown.stream().map(p -> "{" + p + "}").toList());
                problems.put(field, new Problem("unknown", List.of(names, String.join(", ", placeholders(kind))),
                        "has unknown placeholder" + (unknown.size() > 1 ? "s " : " ") + names
                                + "; a " + kind.key() + " message may use " + placeholders(kind)));
            }
        }
    }
}
