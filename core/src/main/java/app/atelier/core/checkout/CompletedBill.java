package app.atelier.core.checkout;

import app.atelier.api.checkout.Bill;
import java.time.Instant;
import java.util.List;

/**
 * The bill of a completed visit, as stored: an immutable snapshot.
 *
 * @param owed what is still to pay after the payments (recorded as the client's debt)
 */
public record CompletedBill(long visitId, long clientId, String status, Bill bill, List<Payment> payments, long paid,
                            long owed, List<String> notes, List<String> warnings, Instant completedAt) {
}
