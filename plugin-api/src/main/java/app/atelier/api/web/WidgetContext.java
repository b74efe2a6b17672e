package app.atelier.api.web;

import app.atelier.api.ApiStatus;
import app.atelier.api.Salon;
import java.util.Locale;

/**
 * The place a widget is asked for.
 *
 * @param salon     the salon
 * @param place     {@code client_card}, {@code client_cabinet}, {@code visit_card} or {@code dashboard}
 * @param subjectId the client's or visit's id, 0 for the dashboard
 * @param locale    the language to write the widget's title and lines in: the panel user's choice
 *                  on panel pages, otherwise the salon's (since 1.1.0)
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record WidgetContext(Salon salon, String place, long subjectId, Locale locale) {
    public WidgetContext {
        locale = locale == null ? salon.locale() : locale;
    }

    /** A widget asked for in the salon's own language. */
    public WidgetContext(Salon salon, String place, long subjectId) {
        this(salon, place, subjectId, null);
    }
}
