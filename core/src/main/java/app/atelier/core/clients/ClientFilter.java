package app.atelier.core.clients;

import java.time.LocalDate;

/**
 * What the clients list is narrowed to; every part is optional ({@code null} = no condition) and
 * the parts combine with AND.
 *
 * @param q              part of the name, email or phone (see {@link ClientService#search})
 * @param tag            has this tag (exact, as stored)
 * @param source         came from this source (exact)
 * @param minSpent       spent at least this much, minor units, over completed visits not refunded
 * @param maxSpent       spent at most this much (clients who never paid count as 0)
 * @param lastVisitFrom  the last completed visit was on or after this salon-local date
 * @param lastVisitTo    the last completed visit was on or before this salon-local date
 *                       (clients without a completed visit never match a last-visit condition)
 */
public record ClientFilter(String q, String tag, String source, Long minSpent, Long maxSpent,
                           LocalDate lastVisitFrom, LocalDate lastVisitTo) {

    /** Only the free-text search. */
    public static ClientFilter text(String q) {
        return new ClientFilter(q, null, null, null, null, null, null);
    }

    /** Whether anything beyond the text search is set (the panel opens its filter box then). */
    public boolean narrowed() {
        return tag != null || source != null || minSpent != null || maxSpent != null || lastVisitFrom != null || lastVisitTo != null;
    }
}
