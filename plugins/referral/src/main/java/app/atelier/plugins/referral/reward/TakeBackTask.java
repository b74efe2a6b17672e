package app.atelier.plugins.referral.reward;

import app.atelier.api.PluginContext;
import app.atelier.api.bonus.BonusWallet;
import app.atelier.api.tasks.ScheduledTask;
import app.atelier.api.tasks.TaskContext;
import app.atelier.api.tasks.TaskResult;
import java.time.Duration;
import org.pf4j.Extension;

/**
 * Hourly per salon: the points of referral rewards reversed while the bonus feature was off are
 * taken back once its {@link BonusWallet} is there again (the points cannot be spent meanwhile, since
 * redemption is bonus's own pricing step). One transaction per run.
 */
@Extension
public final class TakeBackTask implements ScheduledTask {
    private final PluginContext context;

    public TakeBackTask(PluginContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "take-back-reversed-points";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public TaskResult run(TaskContext ctx) {
        long salonId = ctx.salon().id();
        if (context.extensions(salonId, BonusWallet.class).isEmpty()) {
            return new TaskResult(0);
        }
        return new TaskResult(context.database().inTransaction(h -> TakeBack.pending(context, h, salonId, null, ctx.now())));
    }
}
