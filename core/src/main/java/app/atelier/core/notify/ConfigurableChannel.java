package app.atelier.core.notify;

import app.atelier.api.notify.NotificationChannel;
import app.atelier.core.common.Validator;
import java.util.Map;

/**
 * A built-in channel that cannot send without a per-salon configuration (an SMTP server, a gateway
 * URL) and knows what a valid one looks like. A message for such a channel in a salon that has not
 * configured it is skipped rather than retried: waiting would not make the configuration appear.
 */
public interface ConfigurableChannel extends NotificationChannel {

    /** Adds one error per missing or malformed key, naming the field {@code config.<key>}. */
    void validate(Map<String, String> config, Validator v);
}
