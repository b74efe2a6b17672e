package app.atelier.api.tasks;

import app.atelier.api.ApiStatus;
import java.time.Duration;
import org.pf4j.ExtensionPoint;

/**
 * Periodic work per salon: send due reminders, expire points, grant birthday gifts.
 *
 * <p>The host keeps each (plugin, task, salon) schedule in the database: it survives restarts,
 * and with several app nodes on one database exactly one node runs a due time. A run that throws
 * is retried at the next interval. Only salons for which the plugin is active are run.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface ScheduledTask extends ExtensionPoint {

    /** Stable name of the task within the plugin, e.g. {@code send-reminders}. */
    String name();

    /** Time between runs for one salon. */
    Duration interval();

    /** Do the work that is due for {@code context.salon()}. */
    TaskResult run(TaskContext context);
}
