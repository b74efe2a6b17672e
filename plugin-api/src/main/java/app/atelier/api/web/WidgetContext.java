package app.atelier.api.web;

import app.atelier.api.ApiStatus;
import app.atelier.api.Salon;

/**
 * The place a widget is asked for.
 *
 * @param salon    the salon
 * @param place    {@code client_card}, {@code client_cabinet}, {@code visit_card} or {@code dashboard}
 * @param subjectId the client's or visit's id, 0 for the dashboard
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record WidgetContext(Salon salon, String place, long subjectId) {
}
