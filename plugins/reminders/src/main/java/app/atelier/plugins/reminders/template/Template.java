package app.atelier.plugins.reminders.template;

/**
 * The text of one kind of message in one language.
 *
 * @param subject the subject line (email)
 * @param body    the text
 * @param custom  true when the salon wrote it, false for the default shipped in the jar
 */
public record Template(String subject, String body, boolean custom) {
}
