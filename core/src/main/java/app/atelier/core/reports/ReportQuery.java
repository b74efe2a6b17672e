package app.atelier.core.reports;

/**
 * What every report takes, as the caller sent it: a period of salon-local calendar dates
 * ({@code YYYY-MM-DD}, both days included) and optional filters. {@link ReportScope} validates it.
 *
 * @param from     first day of the period; default: 29 days before {@code to} (a 30-day period)
 * @param to       last day of the period; default: today in the salon's zone
 * @param staffId  only this master (see each report for what that narrows)
 * @param category only visits with a service of this category (see each report)
 * @param source   only clients with this source ({@code client.source}, e.g. "instagram")
 * @param tag      only clients with this tag
 */
public record ReportQuery(String from, String to, Long staffId, String category, String source, String tag) {

    /** A period without filters. */
    public static ReportQuery period(String from, String to) {
        return new ReportQuery(from, to, null, null, null, null);
    }

    public ReportQuery withStaff(Long id) {
        return new ReportQuery(from, to, id, category, source, tag);
    }

    public ReportQuery withCategory(String value) {
        return new ReportQuery(from, to, staffId, value, source, tag);
    }

    public ReportQuery withSource(String value) {
        return new ReportQuery(from, to, staffId, category, value, tag);
    }

    public ReportQuery withTag(String value) {
        return new ReportQuery(from, to, staffId, category, source, value);
    }
}
