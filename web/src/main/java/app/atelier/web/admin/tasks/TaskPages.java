package app.atelier.web.admin.tasks;

import app.atelier.core.AtelierCore;
import app.atelier.core.clients.Client;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.tasks.Task;
import app.atelier.core.tasks.TaskInput;
import app.atelier.core.tasks.TaskPage;
import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.Page;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Staff tasks in the panel under {@code /admin/tasks}: the signed-in user's tasks for today (overdue
 * first), the salon's tasks with filters, a form for a new task, done toggles over htmx, and the
 * client card's task fragment. Everything goes through the core's task service, which scopes by
 * the salon and lets a master see and tick off only their own tasks (as the REST API does).
 */
public final class TaskPages {
    static final int PAGE_ROWS = 100;
    private static final Pattern BACK = Pattern.compile("/admin/(tasks(\\?[\\w=&%.-]*)?|clients/\\d+)");

    private final AtelierCore core;

    public TaskPages(AtelierCore core) {
        this.core = core;
    }

    public void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, "/admin/tasks", admin.page(AdminRoutes.Gate.ANY, (ctx, p) ->
                list(ctx, p, Map.of(), Map.of(), 200)));
        routes.raw(HandlerType.POST, "/admin/tasks", admin.page(AdminRoutes.Gate.ANY, (ctx, p) -> {
            Map<String, String> form = form(ctx);
            try {
                core.staffTasks().create(p.user(), input(form, null));
                AdminRoutes.redirect(ctx, "/admin/tasks");
            } catch (InvalidInputException e) {
                list(ctx, p, new TaskRows(core, p).errors(e), form, 422);
            }
        }));
        routes.raw(HandlerType.POST, "/admin/tasks/{id}/done", admin.page(AdminRoutes.Gate.ANY, (ctx, p) -> {
            long id = Long.parseLong(ctx.pathParam("id"));
            Task task = core.staffTasks().patch(p.user(), id, Map.of("done", "true".equals(ctx.formParam("done"))));
            if (ctx.header("HX-Request") != null) {
                Map<String, Object> m = p.model("tasks");
                m.put("task", new TaskRows(core, p).row(task));
                m.put("onCard", "card".equals(ctx.formParam("view")));
                ctx.render("templates/admin/tasks/row.peb", m);
            } else {
                String back = ctx.formParam("back");
                AdminRoutes.redirect(ctx, back != null && BACK.matcher(back).matches() ? back : "/admin/tasks");
            }
        }));
        routes.raw(HandlerType.GET, "/admin/tasks/client/{id}", admin.page(AdminRoutes.Gate.DESK, (ctx, p) ->
                clientTasks(ctx, p, core.clients().get(p.salonId(), Long.parseLong(ctx.pathParam("id"))), Map.of(), Map.of(), 200)));
        routes.raw(HandlerType.POST, "/admin/tasks/client/{id}", admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> {
            Client client = core.clients().get(p.salonId(), Long.parseLong(ctx.pathParam("id")));
            Map<String, String> form = form(ctx);
            boolean htmx = ctx.header("HX-Request") != null;
            try {
                core.staffTasks().create(p.user(), input(form, client.id()));
                if (htmx) {
                    clientTasks(ctx, p, client, Map.of(), Map.of(), 200);
                } else {
                    AdminRoutes.redirect(ctx, "/admin/clients/" + client.id());
                }
            } catch (InvalidInputException e) {
                // htmx swaps only 2xx answers: the fragment with its errors comes as 200 to htmx, 422 otherwise
                clientTasks(ctx, p, client, new TaskRows(core, p).errors(e), form, htmx ? 200 : 422);
            }
        }));
    }

    /** The tasks page: mine for today, then the salon's tasks by the filters, and the new-task form. */
    private void list(Context ctx, Page p, Map<String, String> errors, Map<String, String> values, int status) {
        TaskRows rows = new TaskRows(core, p);
        String assigneeText = ctx.queryParam("assignee");
        Long assignee = assigneeText == null || assigneeText.isBlank() ? null : Long.valueOf(assigneeText.strip());
        String doneText = ctx.queryParam("done");
        String done = "true".equals(doneText) || "all".equals(doneText) ? doneText : "false";
        int offset = 0;
        String offsetText = ctx.queryParam("offset");
        if (offsetText != null && !offsetText.isBlank()) {
            offset = Math.max(0, Integer.parseInt(offsetText.strip()));
        }
        List<Task> mine = core.staffTasks().mine(p.user(), null);
        TaskPage all = core.staffTasks().list(p.user(), assignee, null, "all".equals(done) ? null : Boolean.valueOf(done), null, null,
                PAGE_ROWS, offset);
        Map<String, Object> m = p.model("tasks");
        m.put("mine", rows.rows(mine));
        m.put("overdue", mine.stream().filter(Task::overdue).count());
        m.put("tasks", rows.rows(all.tasks()));
        m.put("total", all.total());
        m.put("assignees", rows.assignees());
        m.put("filterAssignee", assignee == null ? "" : assignee.toString());
        m.put("filterDone", done);
        String base = "/admin/tasks?assignee=" + (assignee == null ? "" : assignee) + "&done=" + done + "&offset=";
        if (offset > 0) {
            m.put("prevHref", base + Math.max(0, offset - PAGE_ROWS));
        }
        if (offset + PAGE_ROWS < all.total()) {
            m.put("nextHref", base + (offset + PAGE_ROWS));
        }
        m.put("firstRow", all.total() == 0 ? 0 : offset + 1);
        m.put("lastRow", Math.min(all.total(), (long) offset + PAGE_ROWS));
        m.put("created", created(ctx));
        m.put("errors", errors);
        m.put("form", formValues(p, values));
        m.put("back", p.master() ? "/admin/tasks" : base + offset);
        ctx.status(status).render("templates/admin/tasks/index.peb", m);
    }

    /** The client card's fragment: the client's tasks and a small form for a new one. */
    private void clientTasks(Context ctx, Page p, Client client, Map<String, String> errors, Map<String, String> values,
                             int status) {
        TaskRows rows = new TaskRows(core, p);
        TaskPage tasks = core.staffTasks().list(p.user(), null, client.id(), null, null, null, PAGE_ROWS, 0);
        Map<String, Object> m = p.model("clients");
        m.put("client", client);
        m.put("tasks", rows.rows(tasks.tasks()));
        m.put("total", tasks.total());
        m.put("assignees", rows.assignees());
        m.put("errors", errors);
        m.put("form", formValues(p, values));
        ctx.status(status).render("templates/admin/tasks/client.peb", m);
    }

    private static Map<String, String> form(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : List.of("title", "notes", "assigneeId", "due")) {
            String value = ctx.formParam(name);
            form.put(name, value == null ? "" : value.strip());
        }
        return form;
    }

    /** What the new-task form shows: what was typed, else the signed-in user as assignee. */
    private static Map<String, String> formValues(Page p, Map<String, String> typed) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", typed.getOrDefault("title", ""));
        values.put("notes", typed.getOrDefault("notes", ""));
        values.put("assigneeId", typed.getOrDefault("assigneeId", Long.toString(p.user().userId())));
        values.put("due", typed.getOrDefault("due", ""));
        return values;
    }

    private static TaskInput input(Map<String, String> form, Long clientId) {
        String assignee = form.get("assigneeId");
        return new TaskInput(form.get("title"), form.get("notes").isEmpty() ? null : form.get("notes"), clientId,
                assignee.isEmpty() ? null : Long.valueOf(assignee), form.get("due").isEmpty() ? null : form.get("due"));
    }

    private static Integer created(Context ctx) {
        String text = ctx.queryParam("created");
        return text != null && text.matches("\\d{1,4}") ? Integer.valueOf(text) : null;
    }
}
