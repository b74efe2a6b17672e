package app.atelier.api.data;

import app.atelier.api.ApiStatus;
import app.atelier.api.Salon;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Read access to core data. Every lookup is scoped by salon: an id of another salon's row answers
 * empty, exactly like a missing one.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface SalonData {

    /** The salon with this id. */
    Optional<Salon> salon(long salonId);

    /** A client of the salon (soft-deleted clients are absent). */
    Optional<ClientView> client(long salonId, long clientId);

    /**
     * A page of the salon's clients (not deleted), ordered by name; for segment actions such as
     * gifts to everyone with a tag. {@code limit} is at most 500.
     */
    List<ClientView> clients(long salonId, int offset, int limit);

    /** The client with this phone number (any format the salon's country understands), if any. */
    Optional<ClientView> clientByPhone(long salonId, String phone);

    /** Spend and visit figures of a client; zeros and nulls for a client without visits. */
    ClientStats clientStats(long salonId, long clientId);

    /** A visit of the salon. */
    Optional<VisitView> visit(long salonId, long visitId);

    /**
     * Visits starting in {@code [from, to)}, of one master and/or one client when given (null for
     * any), ordered by start; at most 5 000.
     */
    List<VisitView> visits(long salonId, Instant from, Instant to, Long staffId, Long clientId);

    /**
     * The services and products booked on a visit, with the names and prices they had when booked
     * (empty for an unknown visit).
     */
    List<app.atelier.api.pricing.BillLine> visitLines(long salonId, long visitId);

    /** The salon's masters, active and not. */
    List<StaffView> staff(long salonId);

    /**
     * How a user of the salon is named for people, e.g. who gave a discount: the master's name for a
     * master linked to a staff row, otherwise the user's email. Empty for an unknown user or a user
     * of another salon.
     *
     * @since 1.1.0
     */
    default Optional<String> userName(long salonId, long userId) {
        return Optional.empty();
    }

    /** The salon's services, active and not. */
    List<ServiceView> services(long salonId);

    /** The salon's products, active and not. */
    List<ProductView> products(long salonId);
}
