package app.atelier.plugins.booking.cleanup;

import app.atelier.api.PluginContext;
import app.atelier.api.tasks.ScheduledTask;
import app.atelier.api.tasks.TaskContext;
import app.atelier.api.tasks.TaskResult;
import java.time.Duration;
import org.pf4j.Extension;

/**
 * Once a day per salon: forgets one-time codes older than a day and cabinet sessions that ended.
 * Nothing else would ever read them, and a code's hash has no business being kept.
 */
@Extension
public final class ExpiredCleanup implements ScheduledTask {
    private static final Duration KEEP_CODES = Duration.ofDays(1);

    private final PluginContext context;

    public ExpiredCleanup(PluginContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "forget-expired-codes-and-sessions";
    }

    @Override
    public Duration interval() {
        return Duration.ofDays(1);
    }

    @Override
    public TaskResult run(TaskContext task) {
        long salonId = task.salon().id();
        long now = task.now().toEpochMilli();
        int removed = context.database().withHandle(h ->
                h.createUpdate("DELETE FROM booking_code WHERE salon_id = :s AND created_at < :before")
                        .bind("s", salonId).bind("before", now - KEEP_CODES.toMillis()).execute()
                + h.createUpdate("DELETE FROM booking_session WHERE salon_id = :s AND expires_at <= :now")
                        .bind("s", salonId).bind("now", now).execute());
        return new TaskResult(removed);
    }
}
