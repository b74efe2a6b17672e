package app.atelier.core.tasks;

import java.util.List;

/**
 * One task per client, e.g. for the clients selected in the lost-clients report.
 *
 * @param clientIds  live clients of the salon, 1 to 500 (repeats are ignored)
 * @param title      a template: {@code {name}}, {@code {phone}}, {@code {lastVisit}} (date of the last
 *                   counted visit) and {@code {daysSinceLastVisit}} are replaced per client
 * @param notes      optional, the same placeholders
 * @param assigneeId a user of the salon, optional
 * @param due        a date {@code YYYY-MM-DD}, optional
 */
public record TasksFromReport(List<Long> clientIds, String title, String notes, Long assigneeId, String due) {
}
