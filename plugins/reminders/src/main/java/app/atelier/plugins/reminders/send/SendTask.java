package app.atelier.plugins.reminders.send;

import app.atelier.api.PluginContext;
import app.atelier.api.tasks.ScheduledTask;
import app.atelier.api.tasks.TaskContext;
import app.atelier.api.tasks.TaskResult;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.plan.PlanRow;
import app.atelier.plugins.reminders.plan.PlanStore;
import java.time.Duration;
import java.util.List;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every five minutes per salon: queues the planned rows that are due (and takes the deadline
 * action). The host runs it once per due time even with several nodes; the dedup keys make even a
 * doubled or interrupted round send each message once.
 */
@Extension
public final class SendTask implements ScheduledTask {
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(SendTask.class);

    private final PluginContext context;
    private final Sender sender;

    public SendTask(PluginContext context) {
        this.context = context;
        this.sender = new Sender(context);
    }

    @Override
    public String name() {
        return "send-due";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(5);
    }

    @Override
    public TaskResult run(TaskContext ctx) {
        long salonId = ctx.salon().id();
        RemindersSettings s = RemindersSettings.of(context.settings(salonId));
        int processed = 0;
        // one batch per run: a salon with more due rows than that drains them over the next runs
        List<PlanRow> due = context.database().withHandle(h -> PlanStore.due(h, salonId, context.clock().instant(), BATCH));
        for (PlanRow row : due) {
            try {
                processed += sender.process(ctx.salon(), s, row) ? 1 : 0;
            } catch (RuntimeException e) {
                // one bad row must not hold up the others; it stays planned and is tried next round
                LOG.warn("reminders: row {} of salon {} failed: {}", row.id(), salonId, e.getClass().getName());
                context.database().useTransaction(h -> PlanStore.failed(h, salonId, row.id(),
                        "error: " + e.getClass().getSimpleName(), context.clock().instant()));
            }
        }
        return new TaskResult(processed);
    }
}
