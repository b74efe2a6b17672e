package app.atelier.api.notify;

import app.atelier.api.ApiStatus;

/**
 * The host's notification service: plugins say what and when, channels say how. Messages are
 * stored first and delivered by the host with retries; the delivery log is kept per client.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface Notifications {

    /** Queue a message; returns its id (the existing one for a repeated dedup key). */
    long queue(OutgoingMessage message);
}
