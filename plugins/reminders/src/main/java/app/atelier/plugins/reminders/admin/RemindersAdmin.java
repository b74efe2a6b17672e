package app.atelier.plugins.reminders.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginHandler;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.reminders.web.Http;

/**
 * The plugin's pages in the panel under {@code /admin/reminders/…}: today, the message log,
 * templates (edit, preview, reset) and repeat-visit intervals. Two of them go into the panel's
 * navigation; the others are reached through the tabs every page carries. Owners and admins only,
 * as for the REST routes that change the same things.
 */
public final class RemindersAdmin {
    private final TodayPage today;
    private final LogPage log;
    private final TemplatesPage templates;
    private final TemplateEditor editor;
    private final RepeatPage repeat;

    public RemindersAdmin(PluginContext context) {
        AdminView view = new AdminView(context);
        RowViews rows = new RowViews(context, view);
        this.today = new TodayPage(context, view, rows);
        this.log = new LogPage(context, view, rows);
        this.templates = new TemplatesPage(context, view);
        this.editor = new TemplateEditor(context, view);
        this.repeat = new RepeatPage(context, view);
    }

    public void register(PluginRoutes routes) {
        routes.adminPage("GET", "today", "Panel: what is due today and the unanswered confirmation requests", desk(today::show))
                .adminPage("GET", "log", "Panel: messages of a day (?date=) or a client (?client=), with reasons", desk(log::show))
                .adminPage("GET", "templates", "Panel: every kind's template per language", desk(templates::show))
                .adminPage("GET", "templates/{kind}/{lang}", "Panel: edit a template", desk(editor::show))
                .adminPage("POST", "templates/{kind}/{lang}", "Panel: save a template (form: subject, body)", desk(editor::save))
                .adminPage("POST", "templates/{kind}/{lang}/reset", "Panel: back to the shipped template", desk(editor::reset))
                .adminPage("POST", "templates/{kind}/{lang}/preview", "Panel (htmx): preview typed text", desk(editor::preview))
                .adminPage("GET", "repeat", "Panel: invite again after N days, per service", desk(repeat::show))
                .adminPage("POST", "repeat/{serviceId}", "Panel: set a service's repeat interval (form: days)", desk(repeat::save))
                .adminMenu("today", "menu.today")
                .adminMenu("templates", "menu.templates");
    }

    private static PluginHandler desk(PluginHandler page) {
        return (ctx, req) -> {
            Http.require(req, Http.DESK);
            page.handle(ctx, req);
        };
    }
}
