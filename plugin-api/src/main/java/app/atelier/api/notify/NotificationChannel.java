package app.atelier.api.notify;

import app.atelier.api.ApiStatus;
import org.pf4j.ExtensionPoint;

/**
 * How a message leaves: email, SMS through a gateway, a messenger. The host owns queuing,
 * retries with backoff, quiet hours and the delivery log; a channel only sends one message.
 * An exception counts as a retryable failure.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface NotificationChannel extends ExtensionPoint {

    /** The channel id messages name, e.g. {@code whatsapp}. */
    String id();

    /** Send one message. */
    DeliveryResult deliver(Delivery delivery);
}
