package app.atelier.web.admin.operator;

import app.atelier.core.AtelierCore;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.plugins.PluginStatus;
import app.atelier.core.salons.Tariff;
import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plugins for the operator: the installed jars with version and state (a failed one with its
 * reason), installing or upgrading by uploading a jar, stopping and starting, and uninstalling
 * after a confirmation. Every action is a {@code PluginHost} call, as in the platform API; a bad
 * upload (not a jar, no Plugin-Id, an incompatible {@code Plugin-Requires}) is shown at the upload
 * field, never a 500.
 */
final class OperatorPlugins {
    private static final String PATH = AdminRoutes.OPERATOR_HOME + "/plugins";
    private static final long MAX_PLUGIN_BYTES = 50L * 1024 * 1024;

    private final AtelierCore core;

    OperatorPlugins(AtelierCore core) {
        this.core = core;
    }

    void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, PATH, admin.operatorPage((ctx, p) -> render(ctx, p, 200, null, null)));
        routes.raw(HandlerType.POST, PATH, admin.operatorPage(this::install));
        routes.raw(HandlerType.POST, PATH + "/{id}/start", admin.operatorPage((ctx, p) -> {
            String id = core.plugins().status(ctx.pathParam("id")).id();
            done(ctx, id, "started", core.plugins().start(id));
        }));
        routes.raw(HandlerType.POST, PATH + "/{id}/stop", admin.operatorPage((ctx, p) -> {
            String id = core.plugins().status(ctx.pathParam("id")).id();
            done(ctx, id, "stopped", core.plugins().stop(id));
        }));
        routes.raw(HandlerType.GET, PATH + "/{id}/uninstall", admin.operatorPage((ctx, p) -> {
            PluginStatus s = core.plugins().status(ctx.pathParam("id"));
            Map<String, Object> m = p.model("plugins");
            m.put("plugin", s);
            m.put("tariffs", core.tariffs().list().stream().filter(t -> t.plugins().contains(s.id())).map(Tariff::name).toList());
            ctx.render("templates/admin/operator/plugin_uninstall.peb", m);
        }));
        routes.raw(HandlerType.POST, PATH + "/{id}/uninstall", admin.operatorPage((ctx, p) -> {
            String id = core.plugins().status(ctx.pathParam("id")).id();
            core.plugins().uninstall(id);
            AdminRoutes.redirect(ctx, PATH + "?done=uninstalled&id=" + id);
        }));
    }

    private void install(Context ctx, OperatorPage p) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("jar") : null;
        if (file == null || file.size() == 0) {
            render(ctx, p, 422, p.t().get("op_err_file_missing"), null);
            return;
        }
        if (file.size() > MAX_PLUGIN_BYTES) {
            render(ctx, p, 413, p.t().get("op_err_file_too_big"), null);
            return;
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("atelier-upload", ".jar");
            try (InputStream in = file.content()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            String was = ctx.formParam("upgrade");
            PluginStatus s = core.plugins().install(temp);
            if ("failed".equals(s.state())) {
                render(ctx, p, 422, p.t().get("op_plugin_failed") + " " + s.error(), s.id());
                return;
            }
            done(ctx, s.id(), was == null || was.isBlank() ? "installed" : "upgraded", s);
        } catch (InvalidInputException e) {
            render(ctx, p, 422, refusal(p, e), null);
        } catch (ConflictException e) {
            render(ctx, p, 409, p.conflict(e, "jar").get("jar"), ctx.formParam("upgrade"));
        } catch (IOException e) {
            render(ctx, p, 400, p.t().get("op_err_file_unreadable"), null);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    temp.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * Why the host refused a file, in the operator's language for the refusals {@code PluginHost}
     * names (recognised by their text: the core gives them no code), otherwise the core's words.
     */
    private static String refusal(OperatorPage p, InvalidInputException e) {
        String message = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
        String key = message.contains("Plugin-Id must") ? "op_err_file_bad_id"
                : message.contains("no Plugin-Id") ? "op_err_file_no_id"
                : message.contains("readable jar") ? "op_err_file_not_jar" : null;
        return key == null ? message : p.t().get(key);
    }

    /** After an action: back to the list, which says what happened. */
    private static void done(Context ctx, String id, String what, PluginStatus s) {
        AdminRoutes.redirect(ctx, PATH + "?done=" + what + "&id=" + id + "#plugin-" + s.id());
    }

    /** The list; {@code error} is a failed upload's message, shown at the upload field of {@code errorFor} (or the new-jar one). */
    private void render(Context ctx, OperatorPage p, int status, String error, String errorFor) {
        List<PluginStatus> statuses = core.plugins().statuses();
        List<Tariff> tariffs = core.tariffs().list();
        List<Map<String, Object>> rows = statuses.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", s);
            m.put("stateLabel", p.t().getOrDefault("op_state_" + s.state(), s.state()));
            m.put("tariffs", tariffs.stream().filter(t -> t.plugins().contains(s.id())).map(Tariff::name).toList());
            m.put("error", error != null && s.id().equals(errorFor) ? error : null);
            return m;
        }).toList();
        boolean atRow = errorFor != null && statuses.stream().anyMatch(s -> s.id().equals(errorFor));
        Map<String, Object> m = p.model("plugins");
        m.put("plugins", rows);
        m.put("uploadError", atRow ? null : error);
        String id = ctx.queryParam("id");
        String done = ctx.queryParam("done");
        if (id != null && done != null && List.of("installed", "upgraded", "started", "stopped", "uninstalled").contains(done)) {
            String version = statuses.stream().filter(s -> s.id().equals(id)).map(PluginStatus::version).findFirst().orElse("");
            m.put("notice", p.t().get("op_plugin_" + done) + ": " + id + (version == null || version.isEmpty() ? "" : " " + version));
        }
        ctx.status(status).render("templates/admin/operator/plugins.peb", m);
    }
}
