package app.atelier.web.admin.dashboard;

import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.Views;
import app.atelier.web.admin.Widgets;
import app.atelier.core.AtelierCore;
import app.atelier.core.staff.StaffMember;
import app.atelier.core.visits.Visit;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The day at a glance: today's visits by master, visits not yet confirmed, money, new clients, plugin widgets. */
public final class DashboardPage {
    private final AtelierCore core;

    public DashboardPage(AtelierCore core) {
        this.core = core;
    }

    public void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, "/admin", admin.page(AdminRoutes.Gate.ANY, (ctx, p) -> {
            long salonId = p.salonId();
            ZoneId zone = p.salon().zone();
            Instant now = core.clock().instant();
            LocalDate today = LocalDate.ofInstant(now, zone);
            Instant dayStart = today.atStartOfDay(zone).toInstant();
            Instant dayEnd = today.plusDays(1).atStartOfDay(zone).toInstant();
            Long onlyStaff = p.master() ? (p.user().staffId() == null ? -1L : p.user().staffId()) : null;
            Views views = new Views(core, p);

            List<Visit> todays = core.visits().list(salonId, dayStart, dayEnd, onlyStaff, null, 1000);
            Map<Long, Map<String, Object>> byMaster = new LinkedHashMap<>();
            for (StaffMember s : core.staff().list(salonId, false)) {
                if (onlyStaff == null || onlyStaff == s.id()) {
                    Map<String, Object> column = new LinkedHashMap<>();
                    column.put("staff", s);
                    column.put("visits", new ArrayList<Map<String, Object>>());
                    byMaster.put(s.id(), column);
                }
            }
            for (Visit v : todays) {
                Map<String, Object> column = byMaster.get(v.staffId());
                if (column != null) {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> list = (List<Map<String, Object>>) column.get("visits");
                    list.add(views.visit(v));
                }
            }
            List<Map<String, Object>> unconfirmed = core.visits().list(salonId, now, now.plus(Duration.ofDays(14)), onlyStaff, null, 2000)
                    .stream().filter(v -> v.status().equals("booked")).limit(30).map(views::visit).toList();

            Map<String, Object> m = p.model("dashboard");
            m.put("today", p.fmt().date(today));
            m.put("masters", List.copyOf(byMaster.values()));
            m.put("unconfirmed", unconfirmed);
            if (p.owner()) {
                Instant monthStart = today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
                Instant monthEnd = today.withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant();
                List<Visit> month = core.visits().list(salonId, monthStart, monthEnd, null, null, 20_000);
                long[] revenue = revenue(month, dayStart, dayEnd, salonId);
                m.put("revenueToday", p.fmt().money(revenue[0]));
                m.put("revenueMonth", p.fmt().money(revenue[1]));
            }
            if (p.desk()) {
                Instant monthStart = today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
                int[] created = newClients(salonId, dayStart, monthStart, dayEnd);
                m.put("newClientsToday", created[0]);
                m.put("newClientsMonth", created[1]);
                m.put("widgets", Widgets.of(core, p.salon(), "dashboard", 0));
            }
            ctx.render("templates/admin/dashboard.peb", m);
        }));
    }

    /**
     * Money paid for the completed visits that started today and this month, refunded ones left out: one
     * listing of the period's visits and each completed visit's stored bill. (A core report that
     * sums bills in SQL would do this in one query; the web module may not touch the database.)
     */
    private long[] revenue(List<Visit> month, Instant dayStart, Instant dayEnd, long salonId) {
        long[] sum = new long[2];
        for (Visit v : month) {
            if (v.status().equals("completed") && core.refunds().find(salonId, v.id()).isEmpty()) {
                long paid = core.checkout().bill(salonId, v.id()).map(b -> b.paid()).orElse(0L);
                sum[1] += paid;
                sum[0] += v.start().isBefore(dayStart) || !v.start().isBefore(dayEnd) ? 0 : paid;
            }
        }
        return sum;
    }

    /** Clients created today and this month, counted over the salon's client list page by page. */
    private int[] newClients(long salonId, Instant dayStart, Instant monthStart, Instant to) {
        int[] count = new int[2];
        int offset = 0;
        while (true) {
            var page = core.clients().search(salonId, null, app.atelier.core.clients.ClientService.MAX_LIMIT, offset);
            for (var c : page.clients()) {
                if (c.createdAt().isBefore(to)) {
                    count[0] += c.createdAt().isBefore(dayStart) ? 0 : 1;
                    count[1] += c.createdAt().isBefore(monthStart) ? 0 : 1;
                }
            }
            offset += page.clients().size();
            if (page.clients().isEmpty() || offset >= page.total()) {
                return count;
            }
        }
    }

}
