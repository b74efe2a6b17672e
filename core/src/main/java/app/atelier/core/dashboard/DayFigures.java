package app.atelier.core.dashboard;

/**
 * The owner's numbers for the day at a glance, all for the salon's own calendar day and month.
 *
 * @param revenueToday    paid for visits that started today and were completed (refunded ones left out), minor units
 * @param revenueMonth    the same for this month so far and the rest of it
 * @param newClientsToday clients whose first visit (not cancelled) is today
 * @param newClientsMonth clients whose first visit (not cancelled) falls in this month, including the rest of it
 */
public record DayFigures(long revenueToday, long revenueMonth, long newClientsToday, long newClientsMonth) {
}
