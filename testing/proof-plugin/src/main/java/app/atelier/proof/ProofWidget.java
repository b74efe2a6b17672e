package app.atelier.proof;

import app.atelier.api.web.Widget;
import app.atelier.api.web.WidgetContext;
import app.atelier.api.web.WidgetProvider;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;

/** A widget on the client card. */
@Extension
public final class ProofWidget implements WidgetProvider {

    @Override
    public Optional<Widget> widget(WidgetContext context) {
        if (!context.place().equals("client_card")) {
            return Optional.empty();
        }
        return Optional.of(new Widget("proof", "Proof", Map.of("clientId", context.subjectId())));
    }
}
