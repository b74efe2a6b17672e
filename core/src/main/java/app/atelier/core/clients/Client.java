package app.atelier.core.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A client of a salon.
 *
 * @param phone    E.164 ({@code +79123456789}) or {@code null}
 * @param email    lower-cased, or {@code null}
 * @param source   where the client heard of the salon, or {@code null}
 * @param tags     client categories, alphabetical
 * @param consent  whether the client agreed to receive messages
 */
public record Client(long id, String name, String phone, String email, LocalDate birthday, String source,
                     List<String> tags, String notes, boolean consent, Instant createdAt) {
    public Client {
        tags = List.copyOf(tags);
    }
}
