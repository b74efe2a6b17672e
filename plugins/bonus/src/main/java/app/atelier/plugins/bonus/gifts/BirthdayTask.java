package app.atelier.plugins.bonus.gifts;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import app.atelier.api.tasks.ScheduledTask;
import app.atelier.api.tasks.TaskContext;
import app.atelier.api.tasks.TaskResult;
import app.atelier.plugins.bonus.BonusSettings;
import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.clients.ClientDirectory;
import app.atelier.plugins.bonus.ledger.Kind;
import app.atelier.plugins.bonus.ledger.Ledger;
import app.atelier.plugins.bonus.ledger.NewEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Every six hours per salon: clients whose birthday (salon-local) is within {@code birthdayDaysBefore}
 * days get {@code birthdayGiftAmount} points, once per birthday (dedup key
 * {@code birthday:<client>:<year>}), expiring {@code birthdayGiftLifetimeDays} later.
 */
@Extension
public final class BirthdayTask implements ScheduledTask {
    private final PluginContext context;

    public BirthdayTask(PluginContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "birthday-points";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(6);
    }

    @Override
    public TaskResult run(TaskContext ctx) {
        long salonId = ctx.salon().id();
        BonusSettings settings = BonusSettings.of(context, salonId);
        if (settings.birthdayGiftAmount() <= 0) {
            return new TaskResult(0);
        }
        LocalDate today = ctx.now().atZone(ctx.salon().zone()).toLocalDate();
        record Due(long clientId, LocalDate birthday) {
        }
        List<Due> due = new ArrayList<>();
        for (ClientView client : new ClientDirectory(context).all(salonId)) {
            if (client.birthday() != null) {
                BirthdayWindow.due(today, client.birthday(), settings.birthdayDaysBefore())
                        .ifPresent(day -> due.add(new Due(client.id(), day)));
            }
        }
        if (due.isEmpty()) {
            return new TaskResult(0);
        }
        Instant expiresAt = settings.birthdayGiftLifetimeDays() == 0 ? null
                : ctx.now().atZone(ctx.salon().zone()).plusDays(settings.birthdayGiftLifetimeDays()).toInstant();
        Texts texts = Texts.of(context, ctx.salon());
        int granted = context.database().inTransaction(h -> {
            Ledger ledger = new Ledger(h, ctx.now(), texts);
            int count = 0;
            for (Due d : due) {
                count += ledger.credit(new NewEntry(salonId, d.clientId(), Kind.GIFT, settings.birthdayGiftAmount(), expiresAt, null, null,
                        null, texts.birthday(), context.pluginId(), "birthday:" + d.clientId() + ":" + d.birthday().getYear(), null))
                        .posted() ? 1 : 0;
            }
            return count;
        });
        return new TaskResult(granted);
    }
}
