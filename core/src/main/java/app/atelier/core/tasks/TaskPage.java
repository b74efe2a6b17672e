package app.atelier.core.tasks;

import java.util.List;

/** A page of tasks and how many match in all. */
public record TaskPage(List<Task> tasks, long total, int limit, int offset) {
}
