package app.atelier.api.notify;

import app.atelier.api.ApiStatus;
import app.atelier.api.Salon;
import java.util.Map;

/**
 * One attempt to send one message through a channel.
 *
 * @param salon     the salon sending it
 * @param messageId the message's id
 * @param recipient address in the channel's terms
 * @param subject   subject, may be {@code null}
 * @param body      text
 * @param config    the salon's configuration of this channel (host, credentials, URL template…)
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record Delivery(Salon salon, long messageId, String recipient, String subject, String body,
                       Map<String, String> config) {
    public Delivery {
        config = Map.copyOf(config);
    }
}
