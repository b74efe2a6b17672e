package app.atelier.core.visits;

import app.atelier.api.Salon;
import app.atelier.api.events.EventTypes;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import app.atelier.core.events.Outbox;
import app.atelier.core.salons.SalonService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Booking and the visit's life: booked → confirmed → completed (by checkout), or cancelled / no-show.
 *
 * <p>No double booking: the overlap check and the insert share one IMMEDIATE transaction, so two
 * concurrent requests cannot both see the time free; the database trigger {@code visit_no_overlap_*}
 * is the backstop for any other writer. On PostgreSQL, where writers run concurrently, the exclusion
 * constraint {@code visit_no_overlap} decides a race; its violation answers the same conflict.
 */
public final class VisitService {
    private static final Set<String> CHANNELS = Set.of("admin", "online", "app");

    private final Database db;
    private final Clock clock;
    private final Outbox outbox;
    private final SalonService salons;
    private final VisitReader reader;

    public VisitService(Database db, Clock clock, Outbox outbox, SalonService salons) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.salons = salons;
        this.reader = new VisitReader();
    }

    public Visit book(long salonId, BookingRequest r) {
        Salon salon = salons.get(salonId);
        Validator v = new Validator();
        v.require(r.clientId() != null, "clientId", "is required");
        v.require(r.staffId() != null, "staffId", "is required");
        VisitLines.check(r.items(), v);
        String channel = r.channel() == null ? "admin" : r.channel();
        v.require(CHANNELS.contains(channel), "channel", "must be admin, online or app");
        Instant start = null;
        try {
            start = SalonTime.parse(r.start(), salon.zone(), "start");
        } catch (InvalidInputException e) {
            v.add("start", e.errors().get(0).message());
        }
        v.check();
        Instant begins = start;
        Visit visit = db.write(h -> {
            requireRow(h, "client", "SELECT count(*) FROM client WHERE id = :id AND salon_id = :s AND deleted_at IS NULL",
                    r.clientId(), salonId, "clientId");
            requireRow(h, "master", "SELECT count(*) FROM staff WHERE id = :id AND salon_id = :s AND active = 1",
                    r.staffId(), salonId, "staffId");
            List<VisitItem> items = VisitLines.resolve(h, salonId, r.items());
            Instant end = begins.plus(VisitLines.duration(items));
            requireFree(h, salonId, r.staffId(), begins, end, 0);
            long now = clock.millis();
            long id = insertVisit(h, salonId, r.clientId(), r.staffId(), begins, end, channel, now);
            VisitLines.insert(h, salonId, id, r.clientId(), items);
            outbox.publish(h, salonId, EventTypes.VISIT_BOOKED, id, Map.of("clientId", r.clientId(), "staffId", r.staffId(),
                    "start", begins.toString(), "channel", channel));
            return reader.get(h, salonId, id);
        });
        return visit;
    }

    public Visit get(long salonId, long id) {
        return db.read(h -> reader.find(h, salonId, id)).orElseThrow(() -> new NotFoundException("visit"));
    }

    /** Visits in [from, to) optionally of one master or client, ordered by start, items included. */
    public List<Visit> list(long salonId, Instant from, Instant to, Long staffId, Long clientId, int limit) {
        return db.read(h -> reader.list(h, salonId, from, to, staffId, clientId, limit));
    }

    /** Moves an open visit to a new start (and optionally another master), keeping its duration. */
    public Visit reschedule(long salonId, long id, String start, Long staffId) {
        Salon salon = salons.get(salonId);
        Instant newStart = SalonTime.parse(start, salon.zone(), "start");
        return db.write(h -> {
            Visit visit = reader.find(h, salonId, id).orElseThrow(() -> new NotFoundException("visit"));
            requireOpen(visit);
            long master = staffId == null ? visit.staffId() : staffId;
            if (staffId != null) {
                requireRow(h, "master", "SELECT count(*) FROM staff WHERE id = :id AND salon_id = :s AND active = 1",
                        staffId, salonId, "staffId");
            }
            Instant newEnd = newStart.plus(Duration.between(visit.start(), visit.end()));
            requireFree(h, salonId, master, newStart, newEnd, id);
            try {
                h.execute("UPDATE visit SET start_at = ?, end_at = ?, staff_id = ?, updated_at = ? WHERE id = ? AND salon_id = ?",
                        newStart.toEpochMilli(), newEnd.toEpochMilli(), master, clock.millis(), id, salonId);
            } catch (UnableToExecuteStatementException e) {
                throw overlapOr(e);
            }
            outbox.publish(h, salonId, EventTypes.VISIT_RESCHEDULED, id, Map.of("from", visit.start().toString(),
                    "start", newStart.toString(), "staffId", master));
            return reader.get(h, salonId, id);
        });
    }

    /**
     * Replaces what an open visit consists of (a service swapped, a product sold at the desk): the
     * visit keeps its start and master and ends when its services end, which must still be free.
     */
    public Visit changeItems(long salonId, long id, List<ItemRequest> requests) {
        Validator v = new Validator();
        VisitLines.check(requests, v);
        v.check();
        return db.write(h -> {
            Visit visit = reader.find(h, salonId, id).orElseThrow(() -> new NotFoundException("visit"));
            if (!visit.isOpen()) {
                throw new ConflictException("visit_status", "a " + visit.status().replace('_', '-') + " visit cannot be changed");
            }
            List<VisitItem> items = VisitLines.resolve(h, salonId, requests);
            Instant end = visit.start().plus(VisitLines.duration(items));
            requireFree(h, salonId, visit.staffId(), visit.start(), end, id);
            h.execute("DELETE FROM visit_item WHERE visit_id = ? AND salon_id = ?", id, salonId);
            VisitLines.insert(h, salonId, id, visit.clientId(), items);
            try {
                h.execute("UPDATE visit SET end_at = ?, updated_at = ? WHERE id = ? AND salon_id = ?",
                        end.toEpochMilli(), clock.millis(), id, salonId);
            } catch (UnableToExecuteStatementException e) {
                throw overlapOr(e);
            }
            outbox.publish(h, salonId, EventTypes.VISIT_CHANGED, id, Map.of("clientId", visit.clientId(),
                    "start", visit.start().toString(), "end", end.toString()));
            return reader.get(h, salonId, id);
        });
    }

    public Visit confirm(long salonId, long id) {
        return transition(salonId, id, Set.of("booked"), "confirmed", EventTypes.VISIT_CONFIRMED);
    }

    public Visit cancel(long salonId, long id) {
        return transition(salonId, id, Set.of("booked", "confirmed"), "cancelled", EventTypes.VISIT_CANCELLED);
    }

    public Visit noShow(long salonId, long id) {
        return transition(salonId, id, Set.of("booked", "confirmed"), "no_show", EventTypes.VISIT_NO_SHOW);
    }

    private Visit transition(long salonId, long id, Set<String> from, String to, String event) {
        return db.write(h -> {
            Visit visit = reader.find(h, salonId, id).orElseThrow(() -> new NotFoundException("visit"));
            if (!from.contains(visit.status())) {
                throw new ConflictException("visit_status", "a " + visit.status().replace('_', '-') + " visit cannot become "
                        + to.replace('_', '-'));
            }
            h.execute("UPDATE visit SET status = ?, updated_at = ? WHERE id = ? AND salon_id = ?", to, clock.millis(), id, salonId);
            outbox.publish(h, salonId, event, id, Map.of("clientId", visit.clientId(), "start", visit.start().toString()));
            return reader.get(h, salonId, id);
        });
    }

    private static void requireOpen(Visit visit) {
        if (!visit.isOpen()) {
            throw new ConflictException("visit_status", "a " + visit.status().replace('_', '-') + " visit cannot be moved");
        }
    }

    private static void requireRow(Handle h, String what, String sql, long id, long salonId, String field) {
        if (h.createQuery(sql).bind("id", id).bind("s", salonId).mapTo(Integer.class).one() == 0) {
            throw InvalidInputException.of(field, "no such " + what + " in this salon");
        }
    }

    /**
     * Refuses a time the master already has. The master's visits that are not cancelled never
     * overlap one another, so of those starting before {@code end} the latest also ends latest:
     * looking at that one alone, through the (salon, staff, start) index, is exact and takes one
     * index probe however long the salon's history is (a scan of every earlier visit took 60 ms
     * at a million visits).
     */
    private static void requireFree(Handle h, long salonId, long staffId, Instant start, Instant end, long exceptVisit) {
        boolean taken = h.createQuery("""
                        SELECT end_at FROM visit
                        WHERE salon_id = :s AND staff_id = :m AND status <> 'cancelled' AND id <> :except AND start_at < :end
                        ORDER BY start_at DESC LIMIT 1""")
                .bind("s", salonId).bind("m", staffId).bind("except", exceptVisit).bind("end", end.toEpochMilli())
                .mapTo(Long.class).findOne().filter(lastEnd -> lastEnd > start.toEpochMilli()).isPresent();
        if (taken) {
            throw new ConflictException("visit_overlap", "the master already has a visit at this time");
        }
    }

    private static long insertVisit(Handle h, long salonId, long clientId, long staffId, Instant start, Instant end,
                                    String channel, long now) {
        try {
            return h.createUpdate("""
                            INSERT INTO visit (salon_id, client_id, staff_id, start_at, end_at, status, channel, created_at, updated_at)
                            VALUES (:s, :c, :m, :start, :end, 'booked', :ch, :now, :now)""")
                    .bind("s", salonId).bind("c", clientId).bind("m", staffId).bind("start", start.toEpochMilli())
                    .bind("end", end.toEpochMilli()).bind("ch", channel).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        } catch (UnableToExecuteStatementException e) {
            throw overlapOr(e);
        }
    }

    private static RuntimeException overlapOr(UnableToExecuteStatementException e) {
        if (String.valueOf(e.getMessage()).contains("visit_overlap") || Database.violatesExclusion(e, "visit_no_overlap")) {
            return new ConflictException("visit_overlap", "the master already has a visit at this time");
        }
        return e;
    }
}
