package app.atelier.api.data;

import app.atelier.api.ApiStatus;

/**
 * A client a plugin creates (e.g. online booking).
 *
 * @param name    full name
 * @param phone   phone in any format the salon's country understands, or {@code null}
 * @param email   email, or {@code null}
 * @param source  where the client came from, e.g. {@code online booking}
 * @param consent whether the client agreed to receive messages
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record NewClient(String name, String phone, String email, String source, boolean consent) {
}
