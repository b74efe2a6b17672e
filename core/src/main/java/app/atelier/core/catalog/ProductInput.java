package app.atelier.core.catalog;

/**
 * What a caller sends to create or update a product. On create {@code name} and {@code price} are
 * required and {@code active} defaults to true; on update {@code null} keeps the stored value.
 */
public record ProductInput(String name, Long price, Boolean active) {
}
