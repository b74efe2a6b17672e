package app.atelier.api.data;

import app.atelier.api.ApiStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A read-only view of a salon's client.
 *
 * @param id             the client's id
 * @param salonId        the owning salon
 * @param name           full name
 * @param phone          E.164 phone number, or {@code null}
 * @param email          email, or {@code null}
 * @param birthday       birthday, or {@code null}
 * @param source         where the client heard of the salon, or {@code null}
 * @param tags           client categories
 * @param messageConsent whether the client agreed to receive messages
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record ClientView(long id, long salonId, String name, String phone, String email, LocalDate birthday,
                         String source, List<String> tags, boolean messageConsent) {
    public ClientView {
        tags = List.copyOf(tags);
    }
}
