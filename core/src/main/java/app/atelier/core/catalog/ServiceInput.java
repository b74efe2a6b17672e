package app.atelier.core.catalog;

/**
 * What a caller sends to create or update a service. On create {@code name}, {@code category},
 * {@code durationMinutes} and {@code price} are required and {@code active} defaults to true; on
 * update {@code null} keeps the stored value.
 */
public record ServiceInput(String name, String category, Integer durationMinutes, Long price, Boolean active) {
}
