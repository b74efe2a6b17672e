package app.atelier.api.notify;

import app.atelier.api.ApiStatus;
import java.time.Instant;

/**
 * A message to queue for a client.
 *
 * @param salonId   the salon sending it
 * @param clientId  the recipient client, or {@code null} for an address that is not a client yet
 * @param channel   the channel id: {@code email}, {@code sms}, {@code log}, or a plugin's own
 * @param recipient address in the channel's terms: email address, E.164 phone
 * @param subject   subject line (email), may be {@code null}
 * @param body      the text
 * @param notBefore earliest delivery time, or {@code null} for now
 * @param dedupKey  a key unique per intended message (e.g. {@code reminder:visit:42:2h}); queuing a
 *                  second message with the same key in the same salon is a no-op
 * @param expiresAt when the message stops mattering (a reminder: the visit's start), or {@code null}.
 *                  The host sends nothing at night in the salon's zone (its quiet hours, by default
 *                  21:00–09:00): a message due then waits for the morning, unless it would expire
 *                  first — then it is skipped, with the reason in the delivery log.
 * @param urgent    true for a message the client is waiting for right now (a one-time code): it
 *                  ignores quiet hours. Never for reminders or marketing.
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record OutgoingMessage(long salonId, Long clientId, String channel, String recipient, String subject,
                              String body, Instant notBefore, String dedupKey, Instant expiresAt, boolean urgent) {

    /** A message that never expires. */
    public OutgoingMessage(long salonId, Long clientId, String channel, String recipient, String subject,
                           String body, Instant notBefore, String dedupKey) {
        this(salonId, clientId, channel, recipient, subject, body, notBefore, dedupKey, null, false);
    }

    /** A message that respects quiet hours. */
    public OutgoingMessage(long salonId, Long clientId, String channel, String recipient, String subject,
                           String body, Instant notBefore, String dedupKey, Instant expiresAt) {
        this(salonId, clientId, channel, recipient, subject, body, notBefore, dedupKey, expiresAt, false);
    }
}
