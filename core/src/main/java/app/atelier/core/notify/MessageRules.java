package app.atelier.core.notify;

import app.atelier.api.notify.OutgoingMessage;
import app.atelier.core.auth.UserService;
import app.atelier.core.common.Validator;
import java.util.regex.Pattern;

/** What a queued message must satisfy; checked before anything is stored, so a bad one never waits in the queue. */
final class MessageRules {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final int MAX_RECIPIENT = 320;
    private static final int MAX_SUBJECT = 300;
    private static final int MAX_BODY = 20_000;

    private MessageRules() {
    }

    /** Throws {@link app.atelier.core.common.InvalidInputException} naming every offending field. */
    static void validate(OutgoingMessage m) {
        Validator v = new Validator();
        if (m == null) {
            v.add("message", "is required").check();
            return;
        }
        v.require(m.salonId() > 0, "salonId", "is required");
        v.require(m.clientId() == null || m.clientId() > 0, "clientId", "must be a client id");
        v.require(m.channel() != null && ChannelConfigService.CHANNEL_ID.matcher(m.channel()).matches(), "channel",
                "must be a channel id such as email, sms or log");
        v.text(m.recipient(), "recipient", MAX_RECIPIENT);
        boolean hasRecipient = m.recipient() != null && !m.recipient().isBlank();
        v.require(!hasRecipient || m.recipient().chars().noneMatch(Character::isISOControl), "recipient",
                "must be one line");
        // the built-in channels' address formats are known, so a typo fails now rather than at send time
        if (hasRecipient && SmtpChannel.ID.equals(m.channel())) {
            v.require(UserService.validEmail(m.recipient().trim()), "recipient", "must be an email address");
        }
        if (hasRecipient && HttpGatewayChannel.ID.equals(m.channel())) {
            v.require(E164.matcher(m.recipient().trim()).matches(), "recipient",
                    "must be a phone number in international format, e.g. +79991234567");
        }
        v.length(m.subject(), "subject", MAX_SUBJECT);
        v.require(m.subject() == null || m.subject().chars().noneMatch(Character::isISOControl), "subject",
                "must be one line");
        v.text(m.body(), "body", MAX_BODY);
        v.require(m.dedupKey() == null || !m.dedupKey().isBlank(), "dedupKey", "must not be blank when given");
        v.length(m.dedupKey(), "dedupKey", Validator.MAX_TEXT);
        v.check();
    }
}
