package app.atelier.web.admin.clients;

import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.FormErrors;
import app.atelier.web.admin.Views;
import app.atelier.core.common.InvalidInputException;
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

/** The clients list with live search and filters, and the client card (summary, history, plugin widgets). Desk only. */
public final class ClientPages {
    private static final int PAGE_SIZE = 50;
    private final AtelierCore core;

    public ClientPages(AtelierCore core) {
        this.core = core;
    }

    public void register(AdminRoutes admin, ApiRoutes routes) {
        new ClientForm(core).register(admin, routes);
        routes.raw(HandlerType.GET, "/admin/clients", admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> {
            ClientListForm form = ClientListForm.read(ctx, p);
            Map<String, Object> m = p.model("clients");
            m.put("f", form.typed());
            m.put("errors", form.errors());
            // the filter as read (money in minor units, dates parsed), for the sentence above the list
            m.put("filter", form.filter());
            m.put("tags", core.clients().tagsInUse(p.salonId()));
            m.put("sources", core.clients().sourcesInUse(p.salonId()));
            int status = 200;
            if (form.errors().isEmpty()) {
                try {
                    ClientPage found = core.clients().list(p.salonId(), form.filter(), PAGE_SIZE, form.offset());
                    m.put("clients", found.clients());
                    m.put("total", found.total());
                    m.put("offset", found.offset());
                    m.put("nextOffset", found.offset() + found.clients().size() < found.total() ? found.offset() + PAGE_SIZE : null);
                    m.put("prevOffset", found.offset() > 0 ? Math.max(0, found.offset() - PAGE_SIZE) : null);
                    m.put("query", form.queryWithout("offset"));
                } catch (InvalidInputException e) {
                    form.errors().putAll(FormErrors.of(e));
                }
            }
            if (!form.errors().isEmpty()) {
                status = 422;
                m.put("clients", List.of());
                m.put("total", 0);
            }
            // htmx live search swaps only the list (the filters sentence and the table)
            ctx.status(status).render(ctx.header("HX-Request") != null ? "templates/admin/client_rows.peb" : "templates/admin/clients.peb", m);
        }));
        routes.raw(HandlerType.GET, "/admin/clients/{id}", admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> {
            long id = Long.parseLong(ctx.pathParam("id"));
            Client client = core.clients().get(p.salonId(), id);
            ClientSummary summary = core.summaries().summary(p.salonId(), id, p.locale());
            Instant now = core.clock().instant();
            Views views = new Views(core, p);
            List<Visit> visits = core.visits()
                    .list(p.salonId(), now.minus(Duration.ofDays(3 * 366)), now.plus(Duration.ofDays(366)), null, id, 200).stream()
                    .sorted(Comparator.comparing(Visit::start).reversed()).limit(50).toList();
            java.util.Set<Long> refunded = core.refunds().refundedAmong(p.salonId(), visits.stream().map(Visit::id).toList());
            List<Map<String, Object>> history = visits.stream().map(v -> {
                Map<String, Object> row = views.visit(v);
                if (refunded.contains(v.id())) {
                    row.put("statusLabel", p.t().get("status_refunded"));
                }
                return row;
            }).toList();
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
