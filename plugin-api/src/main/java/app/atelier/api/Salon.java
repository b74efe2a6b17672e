package app.atelier.api;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The salon a call is made for. Every extension call is scoped to exactly one salon, and a plugin
 * must scope every row it reads or writes by {@link #id()}.
 *
 * @param id       the salon's id; every salon-owned row carries it as {@code salon_id}
 * @param slug     the salon's URL name, used in public pages ({@code /s/{slug}/…})
 * @param name     display name
 * @param zone     the salon's time zone: every calendar rule is evaluated in it
 * @param currency ISO 4217 code of all money in this salon
 * @param country  ISO 3166 alpha-2 code, the default region for phone numbers
 * @param locale   the salon's language for messages and pages
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record Salon(long id, String slug, String name, ZoneId zone, String currency, String country, Locale locale) {

    /** An amount of this salon's currency. */
    public Money money(long minor) {
        return new Money(minor, currency);
    }
}
