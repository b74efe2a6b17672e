package app.atelier.plugins.bonus.ledger;

import app.atelier.api.PluginContext;
import app.atelier.api.tasks.ScheduledTask;
import app.atelier.api.tasks.TaskContext;
import app.atelier.api.tasks.TaskResult;
import app.atelier.plugins.bonus.Texts;
import java.time.Duration;
import org.pf4j.Extension;

/** Hourly per salon: every lot past its expiry gets an {@code expiry} entry for what is left of it, oldest first. */
@Extension
public final class ExpiryTask implements ScheduledTask {
    private final PluginContext context;

    public ExpiryTask(PluginContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "expire-points";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public TaskResult run(TaskContext ctx) {
        Texts texts = Texts.of(context, ctx.salon());
        int expired = context.database().inTransaction(h -> new Ledger(h, ctx.now(), texts).expireDue(ctx.salon().id()));
        return new TaskResult(expired);
    }
}
