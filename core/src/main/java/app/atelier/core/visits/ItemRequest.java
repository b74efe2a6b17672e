package app.atelier.core.visits;

/** One line asked for a visit: a service, or a product with a quantity. */
public record ItemRequest(Long serviceId, Long productId, Integer quantity) {
}
