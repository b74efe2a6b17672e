package app.atelier.api.tasks;

import app.atelier.api.ApiStatus;

/**
 * What a run did, for the task log.
 *
 * @param processed how many items the run handled (messages planned, points expired, …)
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record TaskResult(int processed) {
}
