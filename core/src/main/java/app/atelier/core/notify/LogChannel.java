package app.atelier.core.notify;

import app.atelier.api.notify.Delivery;
import app.atelier.api.notify.DeliveryResult;
import app.atelier.api.notify.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development channel: "sends" by writing a log line. The line names the message and a masked
 * recipient but never the text, because logs leave the salon's control (shipped, shared in bug
 * reports) and message texts carry personal data.
 */
public final class LogChannel implements NotificationChannel {
    public static final String ID = "log";
    private static final Logger LOG = LoggerFactory.getLogger(LogChannel.class);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        LOG.info("message {} of salon {} went to {} ({} characters)", delivery.messageId(), delivery.salon().slug(),
                mask(delivery.recipient()), delivery.body() == null ? 0 : delivery.body().length());
        return DeliveryResult.sent("written to the application log");
    }

    /**
     * Enough of an address to tell two recipients apart when reading a log, not enough to contact
     * them: {@code +79991234567} becomes {@code +7******4567}, {@code anna@example.com} becomes
     * {@code a***@example.com}.
     */
    public static String mask(String recipient) {
        if (recipient == null || recipient.isEmpty()) {
            return "(none)";
        }
        int at = recipient.indexOf('@');
        if (at > 0) {
            return recipient.charAt(0) + "***" + recipient.substring(at);
        }
        int n = recipient.length();
        if (n <= 6) {
            return "*".repeat(n);
        }
        return recipient.substring(0, 2) + "*".repeat(n - 6) + recipient.substring(n - 4);
    }
}
