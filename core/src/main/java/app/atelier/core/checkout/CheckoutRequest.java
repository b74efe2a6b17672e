package app.atelier.core.checkout;

import java.util.List;

/** What the desk sends to complete a visit. */
public record CheckoutRequest(Long redeemBonus, String promoCode, List<Payment> payments) {
}
