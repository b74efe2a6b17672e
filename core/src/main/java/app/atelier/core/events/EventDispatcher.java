package app.atelier.core.events;

import app.atelier.api.events.DomainEvent;
import app.atelier.api.events.DomainEventListener;
import app.atelier.core.common.Json;
import app.atelier.core.db.Database;
import app.atelier.core.plugins.ActiveExtensions;
import app.atelier.core.plugins.GuardedInvoker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events to the listeners of plugins active for the event's salon.
 *
 * <p>Two steps, each safe with several app nodes on one database: fan-out turns a new event into
 * one {@code event_delivery} row per interested listener (the primary key makes a second fan-out a
 * no-op); delivery claims due rows with a lease, calls the listener outside any transaction, and
 * records the outcome. A listener that returned is never called again for that event; one that
 * threw is retried with backoff, and given up ("dead") after {@link #BACKOFF}'s length of attempts.
 */
public final class EventDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6));
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final Database db;
    private final Json json;
    private final Clock clock;
    private final ActiveExtensions extensions;
    private final GuardedInvoker invoker;

    public EventDispatcher(Database db, Json json, Clock clock, ActiveExtensions extensions, GuardedInvoker invoker) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.extensions = extensions;
        this.invoker = invoker;
    }

    /** Fans out new events and delivers what is due; returns the number of deliveries attempted. */
    public int dispatchDue(int limit) {
        fanOut(limit);
        int attempted = 0;
        for (Claim claim : claim(limit)) {
            deliver(claim);
            attempted++;
        }
        return attempted;
    }

    private record Pending(long id, long salonId, String type, long subjectId, String payload, long occurredAt) {
    }

    private record Claim(long eventId, String listener, int attempts) {
    }

    private void fanOut(int limit) {
        List<Pending> events = db.read(h -> h.createQuery(
                        "SELECT id, salon_id, type, subject_id, payload, occurred_at FROM outbox_event WHERE fanned_out = 0 ORDER BY id LIMIT :l")
                .bind("l", limit)
                .map((rs, ctx) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getLong(6)))
                .list());
        long now = clock.millis();
        for (Pending e : events) {
            List<String> listeners = extensions.of(e.salonId(), DomainEventListener.class).stream()
                    .filter(c -> accepts(c, e.type()))
                    .map(c -> listenerKey(c.pluginId(), c.extension()))
                    .toList();
            db.write(h -> {
                for (String listener : listeners) {
                    h.execute("""
                            INSERT INTO event_delivery (event_id, listener, status, next_attempt_at) VALUES (?, ?, 'pending', ?)
                            ON CONFLICT (event_id, listener) DO NOTHING""", e.id(), listener, now);
                }
                return h.execute("UPDATE outbox_event SET fanned_out = 1 WHERE id = ?", e.id());
            });
        }
    }

    private boolean accepts(ActiveExtensions.Contributed<DomainEventListener> c, String type) {
        try {
            return invoker.call(c.pluginId(), "accepts", () -> c.extension().accepts(type));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private List<Claim> claim(int limit) {
        long now = clock.millis();
        return db.write(h -> {
            List<Claim> due = h.createQuery("""
                            SELECT event_id, listener, attempts FROM event_delivery
                            WHERE status = 'pending' AND next_attempt_at <= :now AND locked_until <= :now
                            ORDER BY event_id LIMIT :l""")
                    .bind("now", now).bind("l", limit)
                    .map((rs, ctx) -> new Claim(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
            // conditional, so that on a database with concurrent writers (PostgreSQL) a row another
            // node claimed meanwhile is left to it: only the node whose update matched delivers
            List<Claim> claimed = new java.util.ArrayList<>();
            for (Claim c : due) {
                if (h.execute("""
                        UPDATE event_delivery SET locked_until = ?
                        WHERE event_id = ? AND listener = ? AND status = 'pending' AND locked_until <= ?""",
                        now + LEASE.toMillis(), c.eventId(), c.listener(), now) == 1) {
                    claimed.add(c);
                }
            }
            return claimed;
        });
    }

    private void deliver(Claim claim) {
        Pending e = db.read(h -> h.createQuery(
                        "SELECT id, salon_id, type, subject_id, payload, occurred_at FROM outbox_event WHERE id = :id")
                .bind("id", claim.eventId())
                .map((rs, ctx) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getLong(6)))
                .one());
        Optional<ActiveExtensions.Contributed<DomainEventListener>> target = extensions.of(e.salonId(), DomainEventListener.class)
                .stream().filter(c -> listenerKey(c.pluginId(), c.extension()).equals(claim.listener())).findFirst();
        if (target.isEmpty()) {
            // the plugin is stopped or off for the salon: keep the delivery for when it is back
            reschedule(claim, "listener not active", false);
            return;
        }
        DomainEvent event = new DomainEvent(e.id(), e.salonId(), e.type(), e.subjectId(), json.readMap(e.payload()),
                Instant.ofEpochMilli(e.occurredAt()));
        try {
            invoker.run(target.get().pluginId(), "onEvent " + e.type(), () -> target.get().extension().onEvent(event));
            db.write(h -> h.execute("""
                    UPDATE event_delivery SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = NULL
                    WHERE event_id = ? AND listener = ?""", clock.millis(), claim.eventId(), claim.listener()));
        } catch (RuntimeException ex) {
            reschedule(claim, ex.getMessage(), true);
        }
    }

    private void reschedule(Claim claim, String error, boolean countAttempt) {
        int attempts = claim.attempts() + (countAttempt ? 1 : 0);
        boolean dead = attempts > BACKOFF.size();
        long next = clock.millis() + BACKOFF.get(Math.min(Math.max(attempts - 1, 0), BACKOFF.size() - 1)).toMillis();
        if (dead) {
            LOG.error("event {} to {} given up after {} attempts: {}", claim.eventId(), claim.listener(), attempts, error);
        }
        db.write(h -> h.execute("""
                UPDATE event_delivery SET status = ?, attempts = ?, next_attempt_at = ?, locked_until = 0, last_error = ?
                WHERE event_id = ? AND listener = ?""", dead ? "dead" : "pending", attempts, next,
                error == null ? null : error.substring(0, Math.min(error.length(), 500)), claim.eventId(), claim.listener()));
    }

    /** A listener's stable name: plugin id and class, so a restart finds the same rows. */
    static String listenerKey(String pluginId, Object listener) {
        return pluginId + ":" + listener.getClass().getName();
    }

    /** Delivery rows of one event, for tests and the operator console. */
    public List<Map<String, Object>> deliveries(long eventId) {
        return db.read(h -> h.createQuery("SELECT listener, status, attempts, last_error FROM event_delivery WHERE event_id = :e")
                .bind("e", eventId).mapToMap().list());
    }
}
