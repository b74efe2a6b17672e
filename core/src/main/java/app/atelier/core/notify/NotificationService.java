package app.atelier.core.notify;

import app.atelier.api.Salon;
import app.atelier.api.notify.Delivery;
import app.atelier.api.notify.DeliveryResult;
import app.atelier.api.notify.NotificationChannel;
import app.atelier.api.notify.Notifications;
import app.atelier.api.notify.OutgoingMessage;
import app.atelier.core.common.Json;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.db.Database;
import app.atelier.core.notify.MessageLogEntry.Status;
import app.atelier.core.plugins.ActiveExtensions;
import app.atelier.core.salons.SalonService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message outbox: messages are stored first, then delivered by {@link #deliverDue(int)} with
 * retries, so a slow or broken channel never holds up the request that queued a message.
 *
 * <p>Delivery is at-least-once across app nodes sharing one database: a node leases a message by
 * setting {@code locked_until} in a write transaction before sending it, sends outside any
 * transaction, and records the outcome only while it still holds the lease. Only a node that dies
 * mid-send (the lease then runs out) can lead to a second send.
 */
public final class NotificationService implements Notifications {
    /** Waits after the 1st, 2nd, … failed attempt; a failure after the last wait is final. */
    public static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6));
    // far longer than one channel call may take (the built-in ones time out after 10 s), so a lease
    // only runs out when the node holding it died
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);
    private static final int MAX_ERROR = 500;
    private static final int LOG_LIMIT = 500;

    private final Database db;
    private final Clock clock;
    private final SalonService salons;
    private final ActiveExtensions extensions;
    private final Map<String, NotificationChannel> builtIns;
    private final ChannelConfigService configs;
    private final QuietHours quietHours;

    public NotificationService(Database db, Json json, Clock clock, SalonService salons, ActiveExtensions extensions,
                               List<NotificationChannel> builtInChannels) {
        this.db = db;
        this.clock = clock;
        this.salons = salons;
        this.extensions = extensions;
        Map<String, NotificationChannel> byId = new LinkedHashMap<>();
        for (NotificationChannel channel : builtInChannels) {
            if (byId.putIfAbsent(channel.id(), channel) != null) {
                throw new IllegalArgumentException("two built-in channels with id " + channel.id());
            }
        }
        this.builtIns = Map.copyOf(byId);
        this.configs = new ChannelConfigService(db, json, builtInChannels);
        this.quietHours = new QuietHours(db);
    }

    /** The salons' quiet hours. */
    public QuietHours quietHours() {
        return quietHours;
    }

    /** The salons' channel settings, validated by the same built-in channels that deliver. */
    public ChannelConfigService configs() {
        return configs;
    }

    @Override
    public long queue(OutgoingMessage message) {
        return queue(message, null);
    }

    /** Queues on behalf of a plugin, recording which one asked. */
    public long queue(OutgoingMessage message, String pluginId) {
        MessageRules.validate(message);
        return db.write(h -> insert(h, message, pluginId));
    }

    /**
     * Queues inside the caller's open write transaction, so that the message exists iff the caller's
     * change commits. Callers already inside {@code db.write} must use this: a nested write would
     * wait forever for the single writer connection they hold.
     */
    public long queue(Handle h, OutgoingMessage message, String pluginId) {
        MessageRules.validate(message);
        return insert(h, message, pluginId);
    }

    /**
     * Delivers up to {@code limit} due messages, one at a time, and returns how many it took up
     * (sent, rescheduled, failed or skipped); fewer than {@code limit} means none are due now.
     * Safe to call from several threads and nodes at once.
     */
    public int deliverDue(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        int taken = 0;
        // claiming one message per transaction keeps every lease short and lets concurrent callers
        // share the queue instead of one of them holding a large batch
        while (taken < limit) {
            Optional<Claimed> next = claimNext();
            if (next.isEmpty()) {
                break;
            }
            taken++;
            Claimed claimed = next.get();
            record(claimed, holdOrDrop(claimed).orElseGet(() -> attempt(claimed)));
        }
        return taken;
    }

    /** A salon's delivery history, newest first (at most 500 entries); all clients when {@code clientId} is null. */
    public List<MessageLogEntry> log(long salonId, Long clientId) {
        return db.read(h -> {
            var query = h.createQuery("SELECT * FROM message WHERE salon_id = :s"
                    + (clientId == null ? "" : " AND client_id = :c") + " ORDER BY id DESC LIMIT " + LOG_LIMIT)
                    .bind("s", salonId);
            if (clientId != null) {
                query.bind("c", clientId.longValue());
            }
            return query.map((rs, ctx) -> entry(rs)).list();
        });
    }

    private long insert(Handle h, OutgoingMessage m, String pluginId) {
        if (h.createQuery("SELECT count(*) FROM salon WHERE id = :s").bind("s", m.salonId()).mapTo(Integer.class).one() == 0) {
            throw new NotFoundException("salon");
        }
        if (m.clientId() != null && h.createQuery("SELECT count(*) FROM client WHERE id = :c AND salon_id = :s")
                .bind("c", m.clientId()).bind("s", m.salonId()).mapTo(Integer.class).one() == 0) {
            throw new NotFoundException("client");
        }
        if (m.dedupKey() != null) {
            // the write transaction is IMMEDIATE, so no other writer can insert the key between this
            // look-up and the insert; the UNIQUE constraint is the backstop
            Optional<Long> existing = h.createQuery("SELECT id FROM message WHERE salon_id = :s AND dedup_key = :k")
                    .bind("s", m.salonId()).bind("k", m.dedupKey()).mapTo(Long.class).findOne();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        long now = clock.millis();
        return h.createUpdate("""
                        INSERT INTO message (salon_id, client_id, plugin_id, channel, recipient, subject, body, dedup_key,
                                             status, attempts, next_attempt_at, locked_until, created_at, expires_at, urgent)
                        VALUES (:salon, :client, :plugin, :channel, :recipient, :subject, :body, :dedup,
                                'pending', 0, :next, 0, :now, :expires, :urgent)""")
                .bind("salon", m.salonId()).bind("client", m.clientId()).bind("plugin", pluginId)
                .bind("channel", m.channel()).bind("recipient", m.recipient().trim()).bind("subject", m.subject())
                .bind("body", m.body()).bind("dedup", m.dedupKey())
                .bind("expires", m.expiresAt() == null ? null : m.expiresAt().toEpochMilli())
                .bind("urgent", m.urgent() ? 1 : 0)
                .bind("next", m.notBefore() == null ? now : m.notBefore().toEpochMilli()).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private Optional<Claimed> claimNext() {
        return db.write(h -> {
            long now = clock.millis();
            List<Long> due = h.createQuery("""
                            SELECT id FROM message WHERE status = 'pending' AND next_attempt_at <= :now AND locked_until <= :now
                            ORDER BY next_attempt_at, id LIMIT 10""")
                    .bind("now", now).mapTo(Long.class).list();
            for (long id : due) {
                // conditional, so that on a database with concurrent writers (PostgreSQL) only one
                // node's update matches; the others move on to the next candidate
                int claimed = h.createUpdate("""
                                UPDATE message SET locked_until = :lease, attempts = attempts + 1
                                WHERE id = :id AND status = 'pending' AND next_attempt_at <= :now AND locked_until <= :now""")
                        .bind("lease", now + LEASE.toMillis()).bind("id", id).bind("now", now).execute();
                if (claimed == 1) {
                    return Optional.of(h.createQuery("""
                                    SELECT id, salon_id, channel, recipient, subject, body, attempts, locked_until, expires_at, urgent
                                    FROM message WHERE id = :id""")
                            .bind("id", id)
                            .map((rs, ctx) -> new Claimed(rs.getLong("id"), rs.getLong("salon_id"), rs.getString("channel"),
                                    rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                                    rs.getInt("attempts"), rs.getLong("locked_until"),
                                    rs.getObject("expires_at") == null ? null : Instant.ofEpochMilli(rs.getLong("expires_at")),
                                    rs.getInt("urgent") == 1))
                            .one());
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Quiet hours and expiry: a message past its expiry is skipped; one due in the salon's quiet
     * window waits for the window's end, or is skipped when it would expire before then.
     */
    private Optional<Outcome> holdOrDrop(Claimed m) {
        Instant now = clock.instant();
        if (m.expiresAt() != null && !now.isBefore(m.expiresAt())) {
            LOG.info("message {} skipped: it expired before it could be sent", m.id());
            return Optional.of(Outcome.skipped("expired before it could be sent"));
        }
        if (m.urgent()) {
            return Optional.empty();
        }
        Optional<Salon> salon = salons.find(m.salonId());
        Optional<Instant> until = salon.flatMap(s -> quietHours.holdUntil(s, now));
        if (until.isEmpty()) {
            return Optional.empty();
        }
        if (m.expiresAt() != null && !until.get().isBefore(m.expiresAt())) {
            LOG.info("message {} skipped: quiet hours last until after it stops mattering", m.id());
            return Optional.of(Outcome.skipped("quiet hours: it would be sent only after it stopped mattering"));
        }
        return Optional.of(Outcome.held(until.get().toEpochMilli()));
    }

    /** Calls the channel; runs outside any transaction because a channel may take seconds. */
    private Outcome attempt(Claimed m) {
        Optional<Salon> salon = salons.find(m.salonId());
        if (salon.isEmpty()) {
            return Outcome.skipped("salon " + m.salonId() + " does not exist");
        }
        Optional<NotificationChannel> channel = channel(m.salonId(), m.channel());
        if (channel.isEmpty()) {
            return Outcome.skipped("unknown channel '" + m.channel()
                    + "': no built-in channel and no plugin active for this salon provides it");
        }
        Optional<Map<String, String>> config = configs.get(m.salonId(), m.channel());
        if (config.isEmpty() && configs.needsConfig(m.channel())) {
            return Outcome.skipped("channel '" + m.channel() + "' is not configured for this salon");
        }
        Delivery delivery = new Delivery(salon.get(), m.id(), m.recipient(), m.subject(), m.body(), config.orElse(Map.of()));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        long started = System.nanoTime();
        DeliveryResult result;
        try {
            // a plugin's channel may look up resources or services through the context loader
            thread.setContextClassLoader(channel.get().getClass().getClassLoader());
            result = channel.get().deliver(delivery);
            if (result == null) {
                result = DeliveryResult.failed("the channel returned no result", true);
            }
        } catch (RuntimeException | LinkageError e) {
            // an exception's message may quote the recipient, the text or a credential, so neither the
            // log nor the delivery log gets it: the class and the throwing frame locate the bug
            LOG.warn("message {} via {}: channel threw {} at {}", m.id(), m.channel(), e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            result = DeliveryResult.failed("channel error: " + e.getClass().getName(), true);
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.debug("message {} via {}: delivered={} retryable={} in {} ms", m.id(), m.channel(), result.delivered(),
                result.retryable(), (System.nanoTime() - started) / 1_000_000);
        return result.delivered() ? Outcome.sent() : Outcome.failed(result.detail(), result.retryable());
    }

    private Optional<NotificationChannel> channel(long salonId, String id) {
        NotificationChannel builtIn = builtIns.get(id);
        if (builtIn != null) {
            return Optional.of(builtIn);
        }
        for (ActiveExtensions.Contributed<NotificationChannel> c : extensions.of(salonId, NotificationChannel.class)) {
            try {
                if (id.equals(c.extension().id())) {
                    return Optional.of(c.extension());
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("plugin {}: NotificationChannel.id() threw {}", c.pluginId(), e.getClass().getName());
            }
        }
        return Optional.empty();
    }

    private void record(Claimed m, Outcome outcome) {
        long now = clock.millis();
        Status status = outcome.status();
        Long next = outcome.holdUntil();
        if (status == Status.PENDING && next == null) {
            if (m.attempts() <= BACKOFF.size()) {
                next = now + BACKOFF.get(m.attempts() - 1).toMillis();
            } else {
                status = Status.FAILED;
            }
        }
        String error = outcome.error() == null ? null : truncate(outcome.error().replaceAll("\\s+", " ").trim());
        Status recorded = status;
        Long nextAttempt = next;
        int updated = db.write(h -> h.createUpdate("""
                        UPDATE message SET status = :status, next_attempt_at = COALESCE(:next, next_attempt_at),
                               locked_until = 0, last_error = :error, sent_at = :sent, attempts = attempts - :undo
                        WHERE id = :id AND status = 'pending' AND locked_until = :lease""")
                .bind("status", recorded.key()).bind("next", nextAttempt).bind("error", error)
                .bind("sent", recorded == Status.SENT ? (Long) now : null)
                .bind("undo", outcome.holdUntil() == null ? 0 : 1)
                .bind("id", m.id()).bind("lease", m.lease()).execute());
        if (updated == 0) {
            LOG.warn("message {}: the lease ran out before the outcome ({}) was recorded", m.id(), recorded.key());
        }
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }

    private static MessageLogEntry entry(ResultSet rs) throws SQLException {
        long clientId = rs.getLong("client_id");
        Long client = rs.wasNull() ? null : clientId;
        return new MessageLogEntry(rs.getLong("id"), client, rs.getString("plugin_id"),
                rs.getString("channel"), rs.getString("recipient"), rs.getString("subject"),
                Status.of(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("next_attempt_at")),
                rs.getObject("sent_at") == null ? null : Instant.ofEpochMilli(rs.getLong("sent_at")));
    }

    /** A message this node holds the lease on. */
    private record Claimed(long id, long salonId, String channel, String recipient, String subject, String body,
                           int attempts, long lease, Instant expiresAt, boolean urgent) {
    }

    /**
     * What a delivery attempt came to; {@code PENDING} stands for a retryable failure, or, with
     * {@code holdUntil}, a message held by quiet hours (which does not count as an attempt).
     */
    private record Outcome(Status status, String error, Long holdUntil) {
        static Outcome sent() {
            return new Outcome(Status.SENT, null, null);
        }

        static Outcome skipped(String reason) {
            return new Outcome(Status.SKIPPED, reason, null);
        }

        static Outcome failed(String detail, boolean retryable) {
            return new Outcome(retryable ? Status.PENDING : Status.FAILED, detail == null ? "failed" : detail, null);
        }

        static Outcome held(long until) {
            return new Outcome(Status.PENDING, "quiet hours", until);
        }
    }
}
