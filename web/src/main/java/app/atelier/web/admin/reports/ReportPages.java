package app.atelier.web.admin.reports;

import app.atelier.core.AtelierCore;
import app.atelier.core.catalog.ServiceItem;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.reports.ReportQuery;
import app.atelier.core.reports.ReportsService;
import app.atelier.core.reports.Tabular;
import app.atelier.core.tasks.Task;
import app.atelier.core.tasks.TasksFromReport;
import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.FormErrors;
import app.atelier.web.admin.Page;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The owner's report pages under {@code /admin/reports}: an index, one page per report with its
 * filter form and figures, the same report as CSV at {@code /admin/reports/<page>.csv} (the core's
 * own export, as the REST API sends it), and tasks made from the lost-clients list. Owner only.
 */
public final class ReportPages {
    private static final String CSV = "text/csv; charset=utf-8";

    private final AtelierCore core;

    public ReportPages(AtelierCore core) {
        this.core = core;
    }

    public void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, "/admin/reports", admin.page(AdminRoutes.Gate.OWNER, (ctx, p) -> {
            Map<String, Object> m = p.model("reports");
            m.put("reports", List.of(Report.values()).stream().map(Report::path).toList());
            ctx.render("templates/admin/reports/index.peb", m);
        }));
        for (Report report : Report.values()) {
            routes.raw(HandlerType.GET, "/admin/reports/" + report.path(), admin.page(AdminRoutes.Gate.OWNER, (ctx, p) -> {
                ReportFilter f = ReportFilter.read(ctx, report, today(p), p.t(), false);
                show(ctx, p, report, f, TaskForm.NONE);
            }));
            routes.raw(HandlerType.GET, "/admin/reports/" + report.path() + ".csv", admin.page(AdminRoutes.Gate.OWNER, (ctx, p) ->
                    csv(ctx, p, report)));
        }
        routes.raw(HandlerType.POST, "/admin/reports/lost/tasks", admin.page(AdminRoutes.Gate.OWNER, this::lostToTasks));
    }

    private LocalDate today(Page p) {
        return core.clock().instant().atZone(p.salon().zone()).toLocalDate();
    }

    /** Runs the report for the page (a page of rows) or for the CSV (every row). */
    private Tabular compute(Page p, Report report, ReportFilter f, boolean csv) {
        ReportsService reports = core.reports();
        long salon = p.salonId();
        ReportQuery q = f.query();
        Integer rows = csv ? Integer.valueOf(ReportsService.MAX_ROWS) : Integer.valueOf(Report.PAGE_ROWS);
        Integer offset = csv ? null : f.integer("offset");
        return switch (report) {
            case RETURNABILITY -> reports.returnability(salon, q, f.integer("days"));
            case LOST -> reports.lostClients(salon, q, f.integer("thresholdDays"), f.text("k"), f.text("sort"), rows, offset);
            case SOURCES -> reports.sources(salon, q, f.integer("days"));
            case TOP -> reports.topClients(salon, q, f.text("by"), f.integer("limit"));
            case MASTERS -> reports.masters(salon, q, f.integer("days"), f.integer("lostDays"));
            case CATEGORIES -> reports.categoryGaps(salon, q, rows, offset);
            case ACTIVITY -> reports.activity(salon, q);
        };
    }

    /** The report page: 200 with the figures, or 422 with the errors next to the filter fields. */
    private void show(Context ctx, Page p, Report report, ReportFilter f, TaskForm taskForm) {
        Tabular result = null;
        if (f.ok()) {
            try {
                result = compute(p, report, f, false);
            } catch (InvalidInputException e) {
                f.refused(e);
            }
        }
        Map<String, Object> m = p.model("reports");
        m.put("report", report.path());
        m.put("values", f.values());
        m.put("errors", f.errors());
        m.put("pct", new Percent(p.locale()));
        m.put("masters", core.staff().list(p.salonId(), true));
        m.put("categories", categories(p));
        m.put("csvHref", "/admin/reports/" + report.path() + ".csv?" + f.queryString(Map.of("offset", "")));
        if (result != null) {
            m.put("rep", result);
            new ReportViews(p, f).add(m, report, result);
        }
        if (report == Report.LOST) {
            m.put("assignees", core.staffTasks().assignees(p.user()));
            m.put("taskErrors", taskForm.errors());
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("title", taskForm.values().getOrDefault("title", p.t().get("rep_task_title_default")));
            task.put("assigneeId", taskForm.values().getOrDefault("assigneeId", Long.toString(p.user().userId())));
            task.put("due", taskForm.values().getOrDefault("due", today(p).toString()));
            m.put("task", task);
            m.put("selected", taskForm.selected());
        }
        int status = f.ok() && taskForm.errors().isEmpty() ? 200 : 422;
        ctx.status(status).render("templates/admin/reports/" + report.path() + ".peb", m);
    }

    /** The CSV the REST API sends for the same report and filters; bad filters answer the page with 422. */
    private void csv(Context ctx, Page p, Report report) {
        ReportFilter f = ReportFilter.read(ctx, report, today(p), p.t(), false);
        if (f.ok()) {
            try {
                Tabular result = compute(p, report, f, true);
                ctx.contentType(CSV)
                        .header("Content-Disposition", "attachment; filename=\"" + report.coreName() + period(f) + ".csv\"")
                        .result(result.table().toCsv(p.salon().currency()));
                return;
            } catch (InvalidInputException e) {
                f.refused(e);
            }
        }
        show(ctx, p, report, f, TaskForm.NONE);
    }

    private static String period(ReportFilter f) {
        StringBuilder s = new StringBuilder();
        for (String d : new String[] {f.text("from"), f.text("to")}) {
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                s.append('_').append(d);
            }
        }
        return s.toString();
    }

    /**
     * One call task per client ticked in the lost-clients list, through the core's task service;
     * then the tasks page. Refused input shows the list again, the ticks kept, with 422.
     */
    private void lostToTasks(Context ctx, Page p) {
        List<Long> ids = new ArrayList<>();
        for (String id : ctx.formParams("clientId")) {
            ids.add(Long.valueOf(id.strip()));
        }
        String assignee = blankToNull(ctx.formParam("assigneeId"));
        String title = ctx.formParam("title");
        String due = blankToNull(ctx.formParam("due"));
        try {
            List<Task> tasks = core.staffTasks().fromReport(p.user(),
                    new TasksFromReport(ids, title, null, assignee == null ? null : Long.valueOf(assignee), due));
            AdminRoutes.redirect(ctx, "/admin/tasks?created=" + tasks.size());
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            FormErrors.of(e).forEach((field, message) -> {
                String key = field.startsWith("clientIds") ? "clientIds" : field;
                errors.merge(key, p.t().getOrDefault("task_err_" + key, message), (a, b) -> a.equals(b) ? a : a + "; " + b);
            });
            Map<String, String> values = new LinkedHashMap<>();
            values.put("title", title == null ? "" : title);
            values.put("assigneeId", assignee == null ? "" : assignee);
            values.put("due", due == null ? "" : due);
            show(ctx, p, Report.LOST, ReportFilter.read(ctx, Report.LOST, today(p), p.t(), true),
                    new TaskForm(errors, values, new HashSet<>(ids)));
        }
    }

    /** The lost-clients page's task form when it comes back refused: errors, what was typed, the ticked clients. */
    private record TaskForm(Map<String, String> errors, Map<String, String> values, Set<Long> selected) {
        static final TaskForm NONE = new TaskForm(Map.of(), Map.of(), Set.of());
    }

    private List<String> categories(Page p) {
        TreeSet<String> all = new TreeSet<>();
        for (ServiceItem s : core.catalog().listServices(p.salonId(), true)) {
            if (s.category() != null && !s.category().isBlank()) {
                all.add(s.category());
            }
        }
        return List.copyOf(all);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
