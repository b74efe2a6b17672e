package app.atelier.plugins.bonus.web;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ProductView;
import app.atelier.api.data.ServiceView;
import app.atelier.plugins.bonus.program.Program;
import app.atelier.plugins.bonus.program.ProgramStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading, checking and storing a salon's programs: what the REST routes and the panel's program
 * form both call, so that a program is checked one way whichever door it comes through.
 */
public final class ProgramEditor {
    private final PluginContext context;

    public ProgramEditor(PluginContext context) {
        this.context = context;
    }

    /** The salon's programs that are not removed, oldest first. */
    public List<Program> list(long salonId) {
        return context.database().withHandle(h -> new ProgramStore(h).list(salonId));
    }

    /** One program of the salon; empty for a removed one, a missing one and another salon's. */
    public Optional<Program> find(long salonId, long id) {
        return context.database().withHandle(h -> new ProgramStore(h).get(salonId, id));
    }

    /**
     * Reads a program; throws one 400 naming every problem, also kept in {@link Fields#problems()}.
     * Service and product ids must be the salon's, so that a mistyped one is refused instead of never earning.
     */
    public Program read(long salonId, Fields f) {
        Set<Long> services = context.salonData().services(salonId).stream().map(ServiceView::id).collect(Collectors.toSet());
        Set<Long> products = context.salonData().products(salonId).stream().map(ProductView::id).collect(Collectors.toSet());
        return ProgramInput.read(f, services, products);
    }

    /** Stores a new program; returns its id. */
    public long create(long salonId, Program p) {
        Instant now = context.clock().instant();
        return context.database().inTransaction(h -> new ProgramStore(h).create(salonId, p, now));
    }

    /** Replaces a program; false when the salon has no such program. */
    public boolean update(long salonId, long id, Program p) {
        Instant now = context.clock().instant();
        return context.database().inTransaction(h -> new ProgramStore(h).update(salonId, id, p, now));
    }
}
