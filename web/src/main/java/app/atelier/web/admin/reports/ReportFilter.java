package app.atelier.web.admin.reports;

import app.atelier.core.common.FieldError;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.reports.ReportQuery;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filter form of one report page as the owner sent it: each field's text (a default where the
 * field was not sent at all), the errors by field in the user's language, and the parsed values
 * the core's {@link app.atelier.core.reports.ReportsService} takes. The parameter names are the
 * REST API's, so the same query string drives the page, its CSV link and the REST export.
 */
final class ReportFilter {
    static final List<String> COMMON = List.of("from", "to", "staffId", "category", "source", "tag");

    private final Report report;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> t;

    private ReportFilter(Report report, Map<String, String> t) {
        this.report = report;
        this.t = t;
    }

    /**
     * Reads the report's parameters from the query string (or, for a form post, the form); a field
     * not sent at all takes its default: the last three months up to today, the core's defaults
     * for the rest. Dates and whole numbers are checked here, the rest by the core.
     */
    static ReportFilter read(Context ctx, Report report, LocalDate today, Map<String, String> t, boolean fromForm) {
        ReportFilter f = new ReportFilter(report, t);
        for (String name : report.parameters()) {
            String raw = fromForm ? ctx.formParam(name) : ctx.queryParam(name);
            String value = raw == null ? f.defaultOf(name, today) : raw.strip();
            f.values.put(name, value);
        }
        LocalDate from = f.date("from");
        LocalDate to = f.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            f.errors.put("from", t.get("rep_err_from_after_to"));
        }
        for (String name : report.parameters()) {
            if (Report.NUMBERS.contains(name) && !f.text(name).isEmpty() && !f.text(name).matches("-?\\d{1,9}")) {
                f.errors.put(name, t.get("rep_err_number"));
            }
        }
        return f;
    }

    private String defaultOf(String name, LocalDate today) {
        return switch (name) {
            // lost clients look at all history up to "to": no start unless asked for
            case "from" -> report == Report.LOST ? "" : today.minusMonths(3).plusDays(1).toString();
            case "to" -> today.toString();
            default -> report.defaultOf(name);
        };
    }

    private LocalDate date(String name) {
        String text = text(name);
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeException e) {
            // answered below
        }
        errors.put(name, t.get("rep_err_date"));
        return null;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    String text(String name) {
        return values.getOrDefault(name, "");
    }

    Integer integer(String name) {
        String text = text(name);
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    Long staffId() {
        String text = text("staffId");
        return text.isEmpty() ? null : Long.valueOf(text);
    }

    ReportQuery query() {
        return new ReportQuery(text("from"), text("to"), staffId(), text("category"), text("source"), text("tag"));
    }

    /** The core refused the filters: its errors next to the fields, in the user's language where known. */
    void refused(InvalidInputException e) {
        for (FieldError fe : e.errors()) {
            String field = values.containsKey(fe.field()) ? fe.field() : "form";
            errors.merge(field, t.getOrDefault("rep_err_" + fe.field(), fe.message()), (a, b) -> a.equals(b) ? a : a + "; " + b);
        }
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, String> errors() {
        return errors;
    }

    /** The non-blank values as a query string, for the CSV link and paging. */
    String queryString(Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.putAll(overrides);
        return all.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
