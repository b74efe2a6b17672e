package app.atelier.web.admin.clients;

import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.Views;
import app.atelier.core.AtelierCore;
import app.atelier.core.clients.Client;
import app.atelier.core.clients.ClientPage;
import app.atelier.core.clients.ClientSummary;
import app.atelier.core.visits.Visit;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.HandlerType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The clients list with live search and the client card (summary, history, plugin widgets). Desk only. */
public final class ClientPages {
    private final AtelierCore core;

    public ClientPages(AtelierCore core) {
        this.core = core;
    }

    public void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, "/admin/clients", admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> {
            String q = ctx.queryParam("q");
            if (q != null && q.length() > 200) {
                q = q.substring(0, 200);
            }
            ClientPage found = core.clients().search(p.salonId(), q, 50, 0);
            Map<String, Object> m = p.model("clients");
            m.put("q", q == null ? "" : q);
            m.put("clients", found.clients());
            m.put("total", found.total());
            // htmx live search swaps only the rows
            ctx.render(ctx.header("HX-Request") != null ? "templates/admin/client_rows.peb" : "templates/admin/clients.peb", m);
        }));
        routes.raw(HandlerType.GET, "/admin/clients/{id}", admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> {
            long id = Long.parseLong(ctx.pathParam("id"));
            Client client = core.clients().get(p.salonId(), id);
            ClientSummary summary = core.summaries().summary(p.salonId(), id);
            Instant now = core.clock().instant();
            Views views = new Views(core, p);
            List<Map<String, Object>> history = core.visits()
                    .list(p.salonId(), now.minus(Duration.ofDays(3 * 366)), now.plus(Duration.ofDays(366)), null, id, 200).stream()
                    .sorted(Comparator.comparing(Visit::start).reversed()).limit(50).map(views::visit).toList();
            Map<String, Object> m = p.model("clients");
            m.put("client", client);
            m.put("summary", summary);
            m.put("weekdays", summary.preferredWeekdays().stream().limit(3)
                    .map(d -> DayOfWeek.of(d).getDisplayName(TextStyle.SHORT, p.locale())).toList());
            m.put("hours", summary.preferredHours().stream().limit(3).map(h -> String.format("%02d:00", h)).toList());
            m.put("lastVisit", p.fmt().dateOf(summary.lastVisit()));
            m.put("history", history);
            m.put("widgets", summary.widgets());
            m.put("messages", core.notifications().log(p.salonId(), id).stream().limit(20).map(e -> Map.of(
                    "when", p.fmt().dateTime(e.sentAt() != null ? e.sentAt() : e.createdAt()),
                    "channel", e.channel() == null ? "" : e.channel(),
                    "subject", e.subject() == null ? "" : e.subject(),
                    "plugin", e.pluginId() == null ? "" : e.pluginId(),
                    "status", e.status().key())).toList());
            ctx.render("templates/admin/client.peb", m);
        }));
    }
}
