package app.atelier.plugins.reminders.clients;

import app.atelier.api.data.ClientView;

/**
 * Where a message to a client goes on a channel: email to the client's email, SMS and WhatsApp to
 * the phone, the log channel to whichever exists. Pure.
 */
public final class Recipients {
    private Recipients() {
    }

    /**
     * The address, or a result naming what is missing.
     *
     * @param address the recipient, or {@code null}
     * @param missing why there is none, or {@code null}
     */
    public record Result(String address, String missing) {
    }

    public static Result of(String channel, ClientView client) {
        String phone = blankToNull(client.phone());
        String email = blankToNull(client.email());
        return switch (channel) {
            case "email" -> email != null ? new Result(email, null) : new Result(null, "the client has no email address");
            case "log" -> phone != null || email != null ? new Result(phone != null ? phone : email, null)
                    : new Result(null, "the client has neither a phone number nor an email address");
            // sms, whatsapp and any channel a plugin adds address clients by phone
            default -> phone != null ? new Result(phone, null) : new Result(null, "the client has no phone number");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
