package app.atelier.web.admin.tasks;

import app.atelier.core.AtelierCore;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.tasks.Task;
import app.atelier.core.tasks.TaskService;
import app.atelier.web.admin.FormErrors;
import app.atelier.web.admin.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tasks as the templates show them: the assignee by name, the due day for the locale, overdue marked. */
final class TaskRows {
    private final Page page;
    private final List<TaskService.Assignee> assignees;
    private final Map<Long, String> names = new LinkedHashMap<>();

    TaskRows(AtelierCore core, Page page) {
        this.page = page;
        this.assignees = core.staffTasks().assignees(page.user());
        for (TaskService.Assignee a : assignees) {
            names.put(a.id(), a.label());
        }
    }

    List<TaskService.Assignee> assignees() {
        return assignees;
    }

    List<Map<String, Object>> rows(List<Task> tasks) {
        return tasks.stream().map(this::row).toList();
    }

    Map<String, Object> row(Task task) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", task.id());
        m.put("title", task.title());
        m.put("notes", task.notes());
        m.put("clientId", task.clientId());
        m.put("clientName", task.clientName());
        m.put("assignee", task.assigneeId() == null ? null
                : names.getOrDefault(task.assigneeId(), task.assigneeEmail() == null ? "—" : task.assigneeEmail()));
        m.put("due", task.due() == null ? "" : page.fmt().date(task.due()));
        m.put("overdue", task.overdue());
        m.put("done", task.done());
        m.put("report", "report".equals(task.origin()));
        return m;
    }

    /** The core's refusal as messages next to the fields, in the user's language where the panel has one. */
    Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        FormErrors.of(e).forEach((field, message) -> errors.put(field, page.t().getOrDefault("task_err_" + field, message)));
        return errors;
    }
}
