package app.atelier.plugins.reminders.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRoutes;
import app.atelier.api.web.WebContribution;
import app.atelier.plugins.reminders.admin.RemindersAdmin;
import app.atelier.plugins.reminders.confirm.ConfirmPage;
import org.pf4j.Extension;

/**
 * REST under {@code /api/v1/reminders/…} for owners and admins (masters may read templates), the
 * panel's pages ({@link RemindersAdmin}), and the client's confirm/cancel page under the public
 * claim {@code reminders}.
 */
@Extension
public final class RemindersWeb implements WebContribution {
    private final HistoryRoutes history;
    private final TemplateRoutes templates;
    private final ConfigRoutes config;
    private final ConfirmPage confirm;
    private final RemindersAdmin admin;

    public RemindersWeb(PluginContext context) {
        this.history = new HistoryRoutes(context);
        this.templates = new TemplateRoutes(context);
        this.config = new ConfigRoutes(context);
        this.confirm = new ConfirmPage(context);
        this.admin = new RemindersAdmin(context);
    }

    @Override
    public void routes(PluginRoutes routes) {
        admin.register(routes);
        routes.api("GET", "config", "The settings as the plugin reads them, with warnings about unreadable values", config::config)
                .api("GET", "due", "What is due on a day (?date=YYYY-MM-DD, salon-local; default today; ?status=, "
                        + "?offset=, ?limit= up to 500): a page of rows, with the day's total and counts per status",
                        history::due)
                .api("GET", "visits/{visitId}", "A visit's messages: planned, queued, skipped or cancelled and why", history::visit)
                .api("GET", "clients/{clientId}", "A client's messages and channel (paged like due)",
                        history::client)
                .api("PUT", "clients/{clientId}/channel", "Set the client's preferred channel: {channel} (null: salon default)",
                        history::setChannel)
                .api("GET", "unconfirmed", "Visits whose confirmation request went unanswered (for a call)", history::unconfirmed)
                .api("GET", "templates", "Every kind's template in the salon's language, English and Russian", templates::list)
                .api("GET", "templates/{kind}/{lang}", "One template, with the placeholders it may use", templates::get)
                .api("PUT", "templates/{kind}/{lang}", "Replace a template: {subject, body}; unknown placeholders are refused",
                        templates::put)
                .api("DELETE", "templates/{kind}/{lang}", "Back to the shipped template", templates::reset)
                .api("POST", "templates/preview", "Render a template: {kind, lang?, subject?, body?, visitId? | clientId?}",
                        templates::preview)
                .api("GET", "services", "Services with their repeat-visit interval", config::list)
                .api("PUT", "services/{serviceId}", "Invite again after N days: {inviteAfterDays} (null: never)", config::put)
                .publicPage("GET", "reminders/confirm/{token}", "The client confirms or cancels a visit", confirm::show)
                .publicPage("POST", "reminders/confirm/{token}", "The client's answer (form field action=confirm|cancel)",
                        confirm::answerForm)
                .publicApi("GET", "reminders/confirm/{token}", "The visit a confirm link is for", confirm::showJson)
                .publicApi("POST", "reminders/confirm/{token}", "Answer a confirm link: {action: confirm|cancel}",
                        confirm::answerJson);
    }
}
