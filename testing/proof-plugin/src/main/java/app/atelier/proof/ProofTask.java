package app.atelier.proof;

import app.atelier.api.PluginContext;
import app.atelier.api.tasks.ScheduledTask;
import app.atelier.api.tasks.TaskContext;
import app.atelier.api.tasks.TaskResult;
import java.time.Duration;
import org.pf4j.Extension;

/** Runs hourly per salon and records the run. */
@Extension
public final class ProofTask implements ScheduledTask {
    private final PluginContext context;

    public ProofTask(PluginContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "tick";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public TaskResult run(TaskContext ctx) {
        if (ProofPlugin.failMode(context, ctx.salon().id()).equals("task")) {
            throw new IllegalStateException("proof task told to fail");
        }
        context.database().useHandle(h -> h.execute("INSERT INTO proof_task_run (salon_id, ran_at) VALUES (?, ?)",
                ctx.salon().id(), ctx.now().toEpochMilli()));
        return new TaskResult(1);
    }
}
