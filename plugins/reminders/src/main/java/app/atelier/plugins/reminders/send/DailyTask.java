package app.atelier.plugins.reminders.send;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ClientStats;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.VisitView;
import app.atelier.api.tasks.ScheduledTask;
import app.atelier.api.tasks.TaskContext;
import app.atelier.api.tasks.TaskResult;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.bonus.PointsExpiry;
import app.atelier.plugins.reminders.confirm.SalonSecrets;
import app.atelier.plugins.reminders.plan.Timing;
import app.atelier.plugins.reminders.plan.VisitPlanner;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pf4j.Extension;

/**
 * Hourly per salon. Re-plans the open visits of the coming days (a changed setting, or a visit
 * booked while the plugin was off, gets its messages), plans warnings before bonus points expire, and at its first run of each salon-local day
 * plans that day's birthday greetings and reactivation invitations, due at the message hour; the
 * sending task sends them.
 */
@Extension
public final class DailyTask implements ScheduledTask {
    static final Duration AHEAD = Duration.ofDays(8);
    private static final int PAGE = 500;

    private final PluginContext context;
    private final VisitPlanner planner;
    private final SalonSecrets secrets;
    private final PointsExpiry pointsExpiry;

    public DailyTask(PluginContext context) {
        this.context = context;
        this.planner = new VisitPlanner(context);
        this.secrets = new SalonSecrets(context);
        this.pointsExpiry = new PointsExpiry(context);
    }

    @Override
    public String name() {
        return "plan-daily";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public TaskResult run(TaskContext ctx) {
        Salon salon = ctx.salon();
        RemindersSettings s = RemindersSettings.of(context.settings(salon.id()));
        Instant now = context.clock().instant();
        int planned = replanComingVisits(salon, s, now);
        // every run, not once a day: points credited during the day get their warnings planned in time
        planned += pointsExpiry.plan(salon, s, now);
        LocalDate today = now.atZone(salon.zone()).toLocalDate();
        if (!today.toString().equals(dailyOn(salon.id()))) {
            planned += clientMessages(salon, s, today, now);
            markDaily(salon.id(), today);
        }
        return new TaskResult(planned);
    }

    private int replanComingVisits(Salon salon, RemindersSettings s, Instant now) {
        int changed = 0;
        for (VisitView visit : context.salonData().visits(salon.id(), now, now.plus(AHEAD), null, null)) {
            if ("booked".equals(visit.status()) || "confirmed".equals(visit.status())) {
                changed += planner.replan(s, visit, salon.zone(), now);
            }
        }
        return changed;
    }

    private int clientMessages(Salon salon, RemindersSettings s, LocalDate today, Instant now) {
        if (!s.birthday() && !s.reactivation()) {
            return 0;
        }
        int planned = 0;
        Instant due = Timing.dailyDue(today, s.messageHour(), now, salon.zone());
        for (int offset = 0; ; offset += PAGE) {
            List<ClientView> page = context.salonData().clients(salon.id(), offset, PAGE);
            for (ClientView client : page) {
                if (s.birthday() && client.birthday() != null) {
                    planned += Timing.birthday(client.id(), client.birthday(), today, due, salon.zone())
                            .map(intent -> planner.add(salon.id(), intent) ? 1 : 0).orElse(0);
                }
                if (s.reactivation()) {
                    ClientStats stats = context.salonData().clientStats(salon.id(), client.id());
                    if (Timing.sleeping(stats.completedVisits(), stats.firstVisit(), stats.lastVisit(), stats.nextVisit(), now,
                            s.reactivationDays(), s.reactivationIntervalPct())) {
                        planned += planner.add(salon.id(), Timing.reactivation(client.id(), stats.lastVisit(), due)) ? 1 : 0;
                    }
                }
            }
            if (page.size() < PAGE) {
                return planned;
            }
        }
    }

    private String dailyOn(long salonId) {
        return context.database().withHandle(h -> h.createQuery("SELECT daily_on FROM reminders_salon WHERE salon_id = :s")
                .bind("s", salonId).mapTo(String.class).findOne().orElse(null));
    }

    private void markDaily(long salonId, LocalDate day) {
        secrets.of(salonId);  // makes the salon's row if it has none yet
        context.database().useHandle(h -> h.execute("UPDATE reminders_salon SET daily_on = ? WHERE salon_id = ?",
                day.toString(), salonId));
    }
}
