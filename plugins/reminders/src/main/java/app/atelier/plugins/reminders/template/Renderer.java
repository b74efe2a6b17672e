package app.atelier.plugins.reminders.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders. Anything else in braces ({@code {2}}, <code>{ }</code>) is
 * plain text, so a template can still contain braces; an unknown name is refused when the template
 * is saved, never discovered when a client gets "{clientNmae}".
 */
public final class Renderer {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private Renderer() {
    }

    /** The text with every known placeholder replaced in one pass (a value containing "{x}" stays literal). */
    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholder names in a text, in order of first appearance. */
    public static List<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return new ArrayList<>(names);
    }

    /** The placeholders of a text that are not in {@code allowed}. */
    public static List<String> unknown(String template, Set<String> allowed) {
        return placeholders(template).stream().filter(p -> !allowed.contains(p)).toList();
    }
}
