package app.atelier.core.plugins;

import app.atelier.api.data.ActionRejectedException;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.NewBooking;
import app.atelier.api.data.NewClient;
import app.atelier.api.data.SalonActions;
import app.atelier.api.data.VisitView;
import app.atelier.core.clients.ClientInput;
import app.atelier.core.clients.ClientService;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.visits.BookingRequest;
import app.atelier.core.visits.ItemRequest;
import app.atelier.core.visits.VisitService;
import java.time.Instant;
import java.util.function.Supplier;

/** Plugins' writes to core data, through the same services (and rules) as the REST API. */
public final class CoreSalonActions implements SalonActions {
    private final ClientService clients;
    private final VisitService visits;

    public CoreSalonActions(ClientService clients, VisitService visits) {
        this.clients = clients;
        this.visits = visits;
    }

    @Override
    public ClientView createClient(long salonId, NewClient c) {
        return translate(() -> ClientService.toView(salonId, clients.create(salonId, new ClientInput(c.name(), c.phone(),
                c.email(), null, c.source(), null, null, c.consent()))));
    }

    @Override
    public VisitView book(long salonId, NewBooking b) {
        return translate(() -> CoreSalonData.view(visits.book(salonId, new BookingRequest(b.clientId(), b.staffId(),
                b.start() == null ? null : b.start().toString(),
                b.serviceIds().stream().map(id -> new ItemRequest(id, null, null)).toList(), b.channel()))));
    }

    @Override
    public VisitView reschedule(long salonId, long visitId, Instant start) {
        return translate(() -> CoreSalonData.view(visits.reschedule(salonId, visitId, start == null ? null : start.toString(), null)));
    }

    @Override
    public VisitView confirm(long salonId, long visitId) {
        return translate(() -> CoreSalonData.view(visits.confirm(salonId, visitId)));
    }

    @Override
    public VisitView cancel(long salonId, long visitId) {
        return translate(() -> CoreSalonData.view(visits.cancel(salonId, visitId)));
    }

    private static <T> T translate(Supplier<T> action) {
        try {
            return action.get();
        } catch (ConflictException e) {
            throw new ActionRejectedException(e.code(), e.getMessage());
        } catch (InvalidInputException e) {
            throw new ActionRejectedException("invalid_input", e.getMessage());
        } catch (NotFoundException e) {
            throw new ActionRejectedException("not_found", e.getMessage());
        }
    }
}
