package app.atelier.plugins.reminders.preview;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.VisitView;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.plan.Kind;
import app.atelier.plugins.reminders.send.MessageBuilder;
import app.atelier.plugins.reminders.template.Template;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A template rendered the way a client would get it, against a real visit or client of the salon
 * or against made-up {@link Samples}; nothing is stored or sent. Behind both the REST preview and
 * the panel's live preview.
 */
public final class Preview {
    private final PluginContext context;
    private final MessageBuilder messages;
    private final Samples samples;

    public Preview(PluginContext context) {
        this.context = context;
        this.messages = new MessageBuilder(context);
        this.samples = new Samples(context);
    }

    /**
     * The rendered message.
     *
     * @param sample whether made-up facts stood in for a real visit or client
     */
    public record Result(String subject, String body, boolean sample) {
    }

    /**
     * Renders {@code template} of {@code kind} in {@code lang} for the visit or the client (both
     * null: a sample); an id of another salon's visit or client is a 404 like a missing one.
     */
    public Result render(Salon salon, Kind kind, String lang, Template template, Long visitId, Long clientId) {
        VisitView visit = null;
        ClientView client;
        if (visitId != null) {
            visit = context.salonData().visit(salon.id(), visitId)
                    .orElseThrow(() -> new NotFoundResponse("there is no visit " + visitId + " in this salon"));
            long owner = visit.clientId();
            client = context.salonData().client(salon.id(), owner)
                    .orElseThrow(() -> new NotFoundResponse("the visit's client was deleted"));
        } else if (clientId != null) {
            client = context.salonData().client(salon.id(), clientId)
                    .orElseThrow(() -> new NotFoundResponse("there is no client " + clientId + " in this salon"));
        } else {
            client = samples.client(salon);
        }
        RemindersSettings s = RemindersSettings.of(context.settings(salon.id()));
        Map<String, String> values = new LinkedHashMap<>(messages.values(salon, s, lang, kind, samples.slot(salon, kind), client,
                visit));
        if (visit == null && kind.aboutVisit()) {
            values.putAll(samples.visitValues(salon, s, lang));
        }
        if (kind == Kind.BONUS_EXPIRY && values.getOrDefault("points", "").isEmpty()) {
            values.put("points", "500"); // a sample amount: no points of this client expire at the sample moment
        }
        MessageBuilder.Rendered out = MessageBuilder.render(template, values);
        return new Result(out.subject(), out.body(), visitId == null && clientId == null);
    }
}
