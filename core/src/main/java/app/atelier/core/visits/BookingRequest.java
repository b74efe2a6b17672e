package app.atelier.core.visits;

import java.util.List;

/**
 * A visit to book.
 *
 * @param start salon-local ({@code 2026-12-01T12:00}) or with an offset ({@code 2026-12-01T09:00Z})
 */
public record BookingRequest(Long clientId, Long staffId, String start, List<ItemRequest> items, String channel) {
}
