package app.atelier.core.jobs;

import app.atelier.api.Salon;
import app.atelier.api.tasks.ScheduledTask;
import app.atelier.api.tasks.TaskContext;
import app.atelier.api.tasks.TaskResult;
import app.atelier.core.db.Database;
import app.atelier.core.plugins.ActiveExtensions;
import app.atelier.core.plugins.GuardedInvoker;
import app.atelier.core.salons.SalonService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs plugins' {@link ScheduledTask}s per salon from a persistent schedule (table task_schedule).
 *
 * <p>Why not db-scheduler: its task definitions are fixed when the scheduler is built, while
 * plugins come and go at run time, and its clock is its own. The part of its design that matters
 * is kept: a due run is claimed with a lease in a write transaction (IMMEDIATE on SQLite, so two
 * nodes cannot both claim it), runs outside the transaction, and the next due time is stored, so
 * runs survive restarts and happen once per due time.
 */
public final class TaskScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(TaskScheduler.class);
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final Database db;
    private final Clock clock;
    private final SalonService salons;
    private final ActiveExtensions extensions;
    private final GuardedInvoker invoker;

    public TaskScheduler(Database db, Clock clock, SalonService salons, ActiveExtensions extensions, GuardedInvoker invoker) {
        this.db = db;
        this.clock = clock;
        this.salons = salons;
        this.extensions = extensions;
        this.invoker = invoker;
    }

    /** Runs every task that is due now for every salon; returns how many runs completed. */
    public int runDue() {
        int completed = 0;
        for (Map.Entry<Salon, String> entry : salons.list()) {
            Salon salon = entry.getKey();
            for (ActiveExtensions.Contributed<ScheduledTask> c : extensions.of(salon.id(), ScheduledTask.class)) {
                if (runIfDue(salon, c)) {
                    completed++;
                }
            }
        }
        return completed;
    }

    private boolean runIfDue(Salon salon, ActiveExtensions.Contributed<ScheduledTask> c) {
        String name = invoker.call(c.pluginId(), "name", () -> c.extension().name());
        Duration interval = invoker.call(c.pluginId(), "interval", () -> c.extension().interval());
        long now = clock.millis();
        Long lastRun = claim(c.pluginId(), name, salon.id(), now);
        if (lastRun == null) {
            return false;
        }
        TaskContext context = new TaskContext(salon, Instant.ofEpochMilli(now), lastRun == 0 ? null : Instant.ofEpochMilli(lastRun));
        String error = null;
        try {
            TaskResult result = invoker.call(c.pluginId(), "task " + name, () -> c.extension().run(context));
            LOG.debug("task {}/{} for salon {} processed {}", c.pluginId(), name, salon.id(), result == null ? 0 : result.processed());
        } catch (RuntimeException e) {
            error = e.getMessage();
        }
        String lastError = error;
        db.write(h -> h.execute("""
                UPDATE task_schedule SET next_run_at = ?, last_run_at = ?, locked_until = 0, runs = runs + 1, last_error = ?
                WHERE plugin_id = ? AND task_name = ? AND salon_id = ?""",
                now + interval.toMillis(), lastError == null ? now : lastRun == 0 ? null : lastRun,
                lastError, c.pluginId(), name, salon.id()));
        return lastError == null;
    }

    /** Claims the run if due; returns the last run time (0 for never) or null when not due or taken. */
    private Long claim(String pluginId, String name, long salonId, long now) {
        return db.write(h -> {
            h.execute("""
                    INSERT INTO task_schedule (plugin_id, task_name, salon_id, next_run_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (plugin_id, task_name, salon_id) DO NOTHING""", pluginId, name, salonId, now);
            int claimed = h.execute("""
                    UPDATE task_schedule SET locked_until = ?
                    WHERE plugin_id = ? AND task_name = ? AND salon_id = ? AND next_run_at <= ? AND locked_until <= ?""",
                    now + LEASE.toMillis(), pluginId, name, salonId, now, now);
            if (claimed == 0) {
                return null;
            }
            return h.createQuery("SELECT coalesce(last_run_at, 0) FROM task_schedule WHERE plugin_id = :p AND task_name = :n AND salon_id = :s")
                    .bind("p", pluginId).bind("n", name).bind("s", salonId).mapTo(Long.class).one();
        });
    }

    /** The schedule rows of a plugin, for the operator console and tests. */
    public List<Map<String, Object>> schedule(String pluginId) {
        return db.read(h -> h.createQuery("SELECT task_name, salon_id, next_run_at, last_run_at, runs, last_error FROM task_schedule WHERE plugin_id = :p")
                .bind("p", pluginId).mapToMap().list());
    }
}
