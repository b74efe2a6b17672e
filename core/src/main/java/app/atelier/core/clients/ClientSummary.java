package app.atelier.core.clients;

import app.atelier.api.web.Widget;
import java.time.Instant;
import java.util.List;

/**
 * What the client card shows at a glance. Money in minor units; days and hours in the salon's zone.
 *
 * @param meanDaysBetweenVisits mean gap between completed visits, or {@code null} below two visits
 * @param preferredWeekdays     ISO weekdays (1 = Monday) by number of visits, most frequent first
 * @param preferredHours        hours of day (0-23) by number of visits, most frequent first
 */
public record ClientSummary(long clientId, String currency, long totalSpent, int visitCount, long averageBill,
                            Long meanDaysBetweenVisits, Instant lastVisit, Long favouriteMasterId, String favouriteMaster,
                            List<Integer> preferredWeekdays, List<Integer> preferredHours, List<String> categoriesUsed,
                            List<String> categoriesNeverUsed, long debt, List<Widget> widgets) {

    /** The same figures with the plugins' widgets. */
    public ClientSummary withWidgets(List<Widget> value) {
        return new ClientSummary(clientId, currency, totalSpent, visitCount, averageBill, meanDaysBetweenVisits, lastVisit,
                favouriteMasterId, favouriteMaster, preferredWeekdays, preferredHours, categoriesUsed, categoriesNeverUsed, debt,
                List.copyOf(value));
    }
}
