package app.atelier.core.checkout;

/** Money taken at checkout: {@code method} is cash, card or other; amount in minor units. */
public record Payment(String method, Long amount) {
}
