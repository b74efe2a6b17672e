package app.atelier.core.notify;

import java.time.Instant;
import java.util.Locale;

/**
 * One message in a salon's delivery history.
 *
 * @param id            the message id
 * @param clientId      the client it was for, or {@code null}
 * @param pluginId      the plugin that queued it, or {@code null} for the core
 * @param channel       channel id
 * @param recipient     address in the channel's terms
 * @param subject       subject, or {@code null}
 * @param status        where it stands
 * @param attempts      how many times a node took it up for delivery
 * @param lastError     why the last attempt did not send it (or why it was skipped), or {@code null}
 * @param createdAt     when it was queued
 * @param nextAttemptAt when it is (or was last) due
 * @param sentAt        when the channel accepted it, or {@code null}
 */
public record MessageLogEntry(long id, Long clientId, String pluginId, String channel, String recipient,
                              String subject, Status status, int attempts, String lastError, Instant createdAt,
                              Instant nextAttemptAt, Instant sentAt) {

    /** A message's state; {@link #key()} is the value of the {@code message.status} column. */
    public enum Status {
        PENDING, SENT, FAILED, SKIPPED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }
}
