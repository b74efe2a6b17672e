package app.atelier.core.tasks;

/**
 * A new task.
 *
 * @param title      required, at most 200 characters
 * @param notes      optional, at most 5 000 characters
 * @param clientId   a live client of the salon, optional
 * @param assigneeId a user of the salon, optional (a master's own tasks are always theirs)
 * @param due        a date {@code YYYY-MM-DD}, optional
 */
public record TaskInput(String title, String notes, Long clientId, Long assigneeId, String due) {
}
