package app.atelier.web.admin.dashboard;

import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.Views;
import app.atelier.core.AtelierCore;
import app.atelier.core.dashboard.DayFigures;
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
            views.prefetch(todays);
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
            List<Visit> booked = core.visits().list(salonId, now, now.plus(Duration.ofDays(14)), onlyStaff, null, 2000)
                    .stream().filter(v -> v.status().equals("booked")).limit(30).toList();
            views.prefetch(booked);
            List<Map<String, Object>> unconfirmed = booked.stream().map(views::visit).toList();

            Map<String, Object> m = p.model("dashboard");
            m.put("today", p.fmt().date(today));
            m.put("masters", List.copyOf(byMaster.values()));
            m.put("unconfirmed", unconfirmed);
            DayFigures figures = core.dashboard().today(salonId);
            if (p.owner()) {
                m.put("revenueToday", p.fmt().money(figures.revenueToday()));
                m.put("revenueMonth", p.fmt().money(figures.revenueMonth()));
            }
            if (p.desk()) {
                m.put("newClientsToday", figures.newClientsToday());
                m.put("newClientsMonth", figures.newClientsMonth());
                m.put("widgets", core.widgets().of(p.salon(), "dashboard", 0, p.locale()));
            }
            ctx.render("templates/admin/dashboard.peb", m);
        }));
    }
}
