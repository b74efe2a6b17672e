package app.atelier.api.events;

import app.atelier.api.ApiStatus;
import org.pf4j.ExtensionPoint;

/**
 * Receives domain events through the host's transactional outbox.
 *
 * <p>Delivery is at-least-once, after commit, never on the request thread: throwing makes the
 * host retry later with backoff; returning normally marks the event delivered to this listener,
 * and it is not delivered to it again. Only events of salons for which the plugin is active are
 * delivered.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface DomainEventListener extends ExtensionPoint {

    /** Whether this listener wants events of the type; others are not delivered to it. */
    boolean accepts(String eventType);

    /** Handle one event; throw to have it retried. */
    void onEvent(DomainEvent event);
}
