package app.atelier.web.admin.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seven report pages: the panel's path under {@code /admin/reports/}, the core's (and the REST
 * API's) name, and the parameters each takes besides the period and the filters of
 * {@link ReportFilter#COMMON}, with the core's defaults shown in the form.
 */
enum Report {
    RETURNABILITY("returnability", "returnability", Map.of("days", "30")),
    LOST("lost", "lost-clients", Map.of("thresholdDays", "90", "k", "2", "sort", "value", "offset", "")),
    SOURCES("sources", "sources", Map.of("days", "30")),
    TOP("top", "top-clients", Map.of("by", "revenue", "limit", "20")),
    MASTERS("masters", "masters", Map.of("days", "30", "lostDays", "90")),
    CATEGORIES("categories", "category-gaps", Map.of("offset", "")),
    ACTIVITY("activity", "activity", Map.of());

    /** Parameters read as whole numbers. */
    static final Set<String> NUMBERS = Set.of("days", "thresholdDays", "limit", "lostDays", "offset", "staffId");
    /** Rows per page of the lists that page (lost clients, one category's non-users). */
    static final int PAGE_ROWS = 100;

    private final String path;
    private final String coreName;
    private final Map<String, String> extra;

    Report(String path, String coreName, Map<String, String> extra) {
        this.path = path;
        this.coreName = coreName;
        this.extra = extra;
    }

    String path() {
        return path;
    }

    String coreName() {
        return coreName;
    }

    /** The period and filters, then this report's own parameters (in a fixed order). */
    List<String> parameters() {
        List<String> all = new ArrayList<>(ReportFilter.COMMON);
        for (String p : List.of("days", "thresholdDays", "k", "sort", "by", "limit", "lostDays", "offset")) {
            if (extra.containsKey(p)) {
                all.add(p);
            }
        }
        return all;
    }

    String defaultOf(String parameter) {
        return extra.getOrDefault(parameter, "");
    }

    static Report byPath(String path) {
        for (Report r : values()) {
            if (r.path.equals(path)) {
                return r;
            }
        }
        throw new IllegalArgumentException(path);
    }
}
