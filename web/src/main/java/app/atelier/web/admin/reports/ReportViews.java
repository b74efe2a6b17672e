package app.atelier.web.admin.reports;

import app.atelier.core.reports.Activity;
import app.atelier.core.reports.CategoryGaps;
import app.atelier.core.reports.LostClients;
import app.atelier.core.reports.Returnability;
import app.atelier.core.reports.Tabular;
import app.atelier.web.admin.Page;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a report's template needs beyond the core's result: paging links, breakdown sections, the activity grid. */
final class ReportViews {
    /** Shades of the activity grid: 0 for an empty cell, then 1 to this by the share of the busiest cell. */
    static final int SHADES = 5;

    private final Page page;
    private final ReportFilter filter;

    ReportViews(Page page, ReportFilter filter) {
        this.page = page;
        this.filter = filter;
    }

    void add(Map<String, Object> m, Report report, Tabular result) {
        switch (report) {
            case RETURNABILITY -> m.put("sections", sections((Returnability) result));
            case LOST -> paging(m, report, ((LostClients) result).total());
            case CATEGORIES -> {
                CategoryGaps gaps = (CategoryGaps) result;
                Map<String, String> links = new LinkedHashMap<>();
                for (CategoryGaps.CategoryRow row : gaps.categories()) {
                    links.put(row.category(), link(report, Map.of("category", row.category(), "offset", "")));
                }
                m.put("categoryLinks", links);
                m.put("allCategoriesHref", link(report, Map.of("category", "", "offset", "")));
                if (gaps.category() != null) {
                    paging(m, report, gaps.totalNonUsers());
                }
            }
            case ACTIVITY -> m.put("grid", grid((Activity) result));
            default -> {
                // the template reads the result as it is
            }
        }
    }

    /** A link to the same report with these parameters changed. */
    String link(Report report, Map<String, String> changes) {
        return "/admin/reports/" + report.path() + "?" + filter.queryString(changes);
    }

    private void paging(Map<String, Object> m, Report report, long total) {
        int offset = filter.integer("offset") == null ? 0 : Math.max(0, filter.integer("offset"));
        int rows = Report.PAGE_ROWS;
        m.put("firstRow", total == 0 ? 0 : offset + 1);
        m.put("lastRow", Math.min(total, (long) offset + rows));
        if (offset > 0) {
            m.put("prevHref", link(report, Map.of("offset", Integer.toString(Math.max(0, offset - rows)))));
        }
        if (offset + rows < total) {
            m.put("nextHref", link(report, Map.of("offset", Integer.toString(offset + rows))));
        }
    }

    private static List<Map<String, Object>> sections(Returnability r) {
        List<Map<String, Object>> sections = new ArrayList<>();
        sections.add(Map.of("key", "rep_by_master", "groups", r.byMaster()));
        sections.add(Map.of("key", "rep_by_source", "groups", r.bySource()));
        sections.add(Map.of("key", "rep_by_category", "groups", r.byCategory()));
        sections.add(Map.of("key", "rep_by_month", "groups", r.byMonth()));
        return sections;
    }

    /**
     * Weekdays × the hours from the first to the last with a visit (10:00–20:00 on a quiet
     * period), each cell with its visits, revenue and shade; then the weekday totals.
     */
    private Map<String, Object> grid(Activity a) {
        long max = 0;
        int firstHour = 24;
        int lastHour = -1;
        for (Activity.Cell c : a.cells()) {
            if (c.visits() > 0) {
                max = Math.max(max, c.visits());
                firstHour = Math.min(firstHour, c.hour());
                lastHour = Math.max(lastHour, c.hour());
            }
        }
        if (lastHour < 0) {
            firstHour = 10;
            lastHour = 20;
        }
        List<String> hours = new ArrayList<>();
        for (int h = firstHour; h <= lastHour; h++) {
            hours.add(String.format("%02d", h));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Activity.Cell c : a.cells()) {
                if (c.weekday() == d && c.hour() >= firstHour && c.hour() <= lastHour) {
                    cells.add(cell(c, max));
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", DayOfWeek.of(d).getDisplayName(TextStyle.SHORT, page.locale()));
            row.put("dayLong", DayOfWeek.of(d).getDisplayName(TextStyle.FULL, page.locale()));
            row.put("cells", cells);
            row.put("total", a.byWeekday().get(d - 1).visits());
            row.put("revenue", page.fmt().money(a.byWeekday().get(d - 1).revenue()));
            rows.add(row);
        }
        List<Long> hourTotals = new ArrayList<>();
        for (Activity.Cell c : a.byHour()) {
            if (c.hour() >= firstHour && c.hour() <= lastHour) {
                hourTotals.add(c.visits());
            }
        }
        Map<String, Object> grid = new LinkedHashMap<>();
        grid.put("hours", hours);
        grid.put("rows", rows);
        grid.put("hourTotals", hourTotals);
        grid.put("max", max);
        return grid;
    }

    private Map<String, Object> cell(Activity.Cell c, long max) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("visits", c.visits());
        cell.put("revenue", page.fmt().money(c.revenue()));
        // ceiling: any visit at all is at least the lightest shade
        cell.put("shade", max == 0 || c.visits() == 0 ? 0 : (int) ((c.visits() * SHADES + max - 1) / max));
        cell.put("hour", String.format("%02d:00", c.hour()));
        return cell;
    }
}
