package app.atelier.core.notify;

import app.atelier.api.notify.Delivery;
import app.atelier.api.notify.DeliveryResult;
import app.atelier.core.common.Validator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Email over the salon's own SMTP server (Angus Mail).
 *
 * <p>Config keys: {@code host}, {@code port}, {@code from} (an address, optionally with a name:
 * {@code Salon <noreply@example.com>}), optional {@code username} and {@code password}, optional
 * {@code starttls} ({@code true} upgrades the connection and refuses to send in clear text) and
 * {@code ssl} ({@code true} for implicit TLS, usually port 465).
 */
public final class SmtpChannel implements ConfigurableChannel {
    public static final String ID = "email";
    // without timeouts a silent server would hold a delivery thread (and the message's lease) forever
    private static final String TIMEOUT_MILLIS = "10000";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void validate(Map<String, String> config, Validator v) {
        v.text(config.get("host"), "config.host", 253);
        v.require(port(config.get("port")) > 0, "config.port", "must be a port number from 1 to 65535");
        v.require(address(config.get("from")) != null, "config.from",
                "must be an email address, optionally with a name: Salon <noreply@example.com>");
        v.require(flag(config.get("starttls")) != null, "config.starttls", "must be true or false");
        v.require(flag(config.get("ssl")) != null, "config.ssl", "must be true or false");
        v.require(!(Boolean.TRUE.equals(flag(config.get("starttls"))) && Boolean.TRUE.equals(flag(config.get("ssl")))),
                "config.ssl", "use either ssl (implicit TLS) or starttls, not both");
        v.require(isBlank(config.get("password")) || !isBlank(config.get("username")), "config.username",
                "is required when a password is given");
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        Map<String, String> config = delivery.config();
        String host = config.get("host");
        int port = port(config.get("port"));
        InternetAddress from = address(config.get("from"));
        if (isBlank(host) || port < 0 || from == null) {
            return DeliveryResult.failed("email is not configured: host, port and from are required", false);
        }
        InternetAddress to;
        try {
            to = new InternetAddress(delivery.recipient(), true);
        } catch (AddressException e) {
            return DeliveryResult.failed("the recipient is not a valid email address", false);
        }
        String username = isBlank(config.get("username")) ? null : config.get("username");
        Session session = Session.getInstance(properties(host, port, config, username != null));
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(delivery.subject() == null ? "" : delivery.subject(), StandardCharsets.UTF_8.name());
            message.setText(delivery.body(), StandardCharsets.UTF_8.name());
            message.saveChanges();
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(host, port, username, username == null ? null : config.get("password"));
                transport.sendMessage(message, message.getAllRecipients());
            }
            return DeliveryResult.sent("accepted by " + host);
        } catch (MessagingException e) {
            // a refused connection, a timeout or a rejection by the server: the next attempt may
            // well succeed, and the backoff caps how often a lasting problem is retried
            return DeliveryResult.failed("SMTP " + host + ":" + port + ": " + describe(e), true);
        }
    }

    private static Properties properties(String host, int port, Map<String, String> config, boolean auth) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        p.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        p.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        p.setProperty("mail.smtp.auth", Boolean.toString(auth));
        if (Boolean.TRUE.equals(flag(config.get("starttls")))) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            // a server that stops offering STARTTLS must not get the password in clear text
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        if (Boolean.TRUE.equals(flag(config.get("ssl")))) {
            p.setProperty("mail.smtp.ssl.enable", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return p;
    }

    private static String describe(MessagingException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e.getNextException() != null && e.getNextException().getMessage() != null) {
            text += " (" + e.getNextException().getMessage() + ")";
        }
        return text.replaceAll("\\s+", " ").trim();
    }

    static int port(String value) {
        if (value == null || !value.trim().matches("[0-9]{1,5}")) {
            return -1;
        }
        int port = Integer.parseInt(value.trim());
        return port >= 1 && port <= 65_535 ? port : -1;
    }

    /** Absent or blank is false; {@code null} means neither "true" nor "false". */
    static Boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return Boolean.FALSE;
        }
        String v = value.trim();
        if (v.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        return v.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    private static InternetAddress address(String value) {
        if (isBlank(value) || value.length() > 320) {
            return null;
        }
        try {
            InternetAddress address = new InternetAddress(value.trim(), true);
            address.validate();
            return address.getAddress().contains("@") ? address : null;
        } catch (AddressException e) {
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
