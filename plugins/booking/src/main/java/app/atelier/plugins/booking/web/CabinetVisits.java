package app.atelier.plugins.booking.web;

import app.atelier.api.Salon;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.VisitView;
import app.atelier.plugins.booking.Parts;
import io.javalin.http.NotFoundResponse;

/** A signed-in client reaches only their own visits: another client's visit is not found. */
final class CabinetVisits {
    private CabinetVisits() {
    }

    static VisitView own(Parts parts, Salon salon, String phone, long visitId) {
        long clientId = parts.context().salonData().clientByPhone(salon.id(), phone).map(ClientView::id)
                .orElseThrow(() -> new NotFoundResponse("no such visit"));
        return parts.context().salonData().visit(salon.id(), visitId).filter(v -> v.clientId() == clientId)
                .orElseThrow(() -> new NotFoundResponse("no such visit"));
    }
}
