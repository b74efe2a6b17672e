package app.atelier.plugins.booking.codes;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.notify.OutgoingMessage;
import app.atelier.plugins.booking.BookingSettings;
import app.atelier.plugins.booking.web.Texts;
import java.time.Duration;

/**
 * Makes a one-time code and queues it through the host's notification service, on the channel the
 * salon chose, deduplicated per code and expiring with it (a code that could only arrive after it
 * expired is not sent at all).
 */
public final class CodeSender {
    private final PluginContext context;
    private final OneTimeCodes codes;

    public CodeSender(PluginContext context, OneTimeCodes codes) {
        this.context = context;
        this.codes = codes;
    }

    /**
     * Issues a code for the phone and, when {@code deliver}, queues it.
     *
     * @param clientId the client the phone belongs to, or {@code null}
     * @param deliver  false to issue without sending (a cabinet sign-in for a phone that is not a client:
     *                 the answer must look the same, the stranger must get nothing)
     * @return the code (only ever shown on the page in a salon that switched on the demo setting)
     */
    public String send(Salon salon, BookingSettings settings, String purpose, String phone, Long clientId, boolean deliver) {
        OneTimeCodes.Issued issued = codes.issue(salon.id(), purpose, phone, Duration.ofMinutes(settings.codeMinutes()));
        if (deliver) {
            Texts texts = Texts.of(context, salon);
            String body = texts.t(OneTimeCodes.CABINET.equals(purpose) ? "codeMessageCabinet" : "codeMessageBooking",
                    salon.name(), issued.code(), settings.codeMinutes());
            context.notifications().queue(new OutgoingMessage(salon.id(), clientId, settings.codeChannel(), phone, null, body,
                    null, "booking:code:" + issued.id(), issued.expiresAt(), true));
        }
        return issued.code();
    }
}
