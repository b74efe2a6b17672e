package app.atelier.web.tasks;

import app.atelier.core.AtelierCore;
import app.atelier.core.auth.Principal;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.tasks.Task;
import app.atelier.core.tasks.TaskInput;
import app.atelier.core.tasks.TasksFromReport;
import app.atelier.web.http.Access;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.http.Bodies;
import app.atelier.web.http.Params;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff tasks of the caller's salon. Owners and administrators manage every task; a master sees and
 * ticks off their own (see {@link app.atelier.core.tasks.TaskService}).
 */
public final class TaskRoutes {
    private final AtelierCore core;
    private final Access access;
    private final Bodies bodies;

    public TaskRoutes(AtelierCore core, Access access, Bodies bodies) {
        this.core = core;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(ApiRoutes routes) {
        routes.tag("tasks")
                .post("/api/v1/tasks", "Create a task {title, notes, clientId, assigneeId, due}", ctx -> ctx.status(201).json(
                        core.staffTasks().create(access.salonUser(ctx), bodies.read(ctx, TaskInput.class))))
                .get("/api/v1/tasks", "Tasks (?assigneeId&clientId&done=true|false&dueFrom&dueTo&limit&offset)", ctx -> {
                    Principal caller = access.salonUser(ctx);
                    ctx.json(core.staffTasks().list(caller, Params.optionalLong(ctx, "assigneeId"), Params.optionalLong(ctx, "clientId"),
                            bool(ctx, "done"), ctx.queryParam("dueFrom"), ctx.queryParam("dueTo"),
                            Params.intParam(ctx, "limit", 50, 1, 500), Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE)));
                })
                .get("/api/v1/tasks/mine", "The signed-in user's tasks for a day (?date, default today): open ones due then "
                        + "or earlier or undated, and those due that day already done", ctx -> {
                    Principal caller = access.salonUser(ctx);
                    List<Task> tasks = core.staffTasks().mine(caller, ctx.queryParam("date"));
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("tasks", tasks);
                    body.put("open", tasks.stream().filter(t -> !t.done()).count());
                    body.put("overdue", tasks.stream().filter(Task::overdue).count());
                    ctx.json(body);
                })
                .post("/api/v1/tasks/from-report", "One task per client {clientIds, title (placeholders {name} {phone} "
                        + "{lastVisit} {daysSinceLastVisit}), notes, assigneeId, due}", ctx -> {
                    List<Task> tasks = core.staffTasks().fromReport(access.desk(ctx), bodies.read(ctx, TasksFromReport.class));
                    ctx.status(201).json(Map.of("created", tasks.size(), "tasks", tasks));
                })
                .get("/api/v1/tasks/{id}", "One task", ctx ->
                        ctx.json(core.staffTasks().get(access.salonUser(ctx), Params.id(ctx, "id"))))
                .patch("/api/v1/tasks/{id}", "Change a task: done true/false, assigneeId, due, title, notes, clientId "
                        + "(null clears)", ctx -> {
                    Principal caller = access.salonUser(ctx);
                    long id = Params.id(ctx, "id");
                    core.staffTasks().get(caller, id);
                    ctx.json(core.staffTasks().patch(caller, id, bodies.readMap(ctx)));
                })
                .delete("/api/v1/tasks/{id}", "Delete a task", ctx -> {
                    core.staffTasks().delete(access.salonUser(ctx), Params.id(ctx, "id"));
                    ctx.status(204);
                });
    }

    private static Boolean bool(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw InvalidInputException.of(name, "must be true or false");
        }
        return Boolean.valueOf(value);
    }
}
