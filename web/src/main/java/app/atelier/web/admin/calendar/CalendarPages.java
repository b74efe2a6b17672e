package app.atelier.web.admin.calendar;

import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.Page;
import app.atelier.web.admin.Views;
import app.atelier.web.admin.FormErrors;
import app.atelier.core.AtelierCore;
import app.atelier.core.catalog.ServiceItem;
import app.atelier.core.clients.Client;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.staff.StaffMember;
import app.atelier.core.visits.BookingRequest;
import app.atelier.core.visits.ItemRequest;
import app.atelier.core.visits.Visit;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The calendar: a day per master or one master's week, and the booking form. A master sees only
 * their own visits and books nothing; the desk books. The visit card is {@link VisitCard}.
 */
public final class CalendarPages {
    /** Matches the client picker offers; a longer list means the desk should type more. */
    private static final int PICKS = 8;
    private final AtelierCore core;

    public CalendarPages(AtelierCore core) {
        this.core = core;
    }

    public void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, "/admin/calendar", admin.page(AdminRoutes.Gate.ANY, (ctx, p) ->
                calendar(ctx, p, Map.of(), Map.of(), 200)));
        routes.raw(HandlerType.POST, "/admin/calendar/book", admin.page(AdminRoutes.Gate.DESK, this::book));
        routes.raw(HandlerType.GET, "/admin/calendar/clients", admin.page(AdminRoutes.Gate.DESK, this::picks));
        new VisitCard(core).register(admin, routes);
    }

    private void calendar(Context ctx, Page p, Map<String, String> errors, Map<String, String> values, int status) {
        calendar(ctx, p, errors, values, List.of(), status);
    }

    private void calendar(Context ctx, Page p, Map<String, String> errors, Map<String, String> values, List<String> chosenServices,
                          int status) {
        ZoneId zone = p.salon().zone();
        LocalDate day;
        try {
            day = ctx.queryParam("date") == null || ctx.queryParam("date").isBlank()
                    ? LocalDate.ofInstant(core.clock().instant(), zone) : LocalDate.parse(ctx.queryParam("date"));
        } catch (DateTimeException e) {
            day = LocalDate.ofInstant(core.clock().instant(), zone);
        }
        if (values.containsKey("date")) {
            try {
                day = LocalDate.parse(values.get("date"));
            } catch (DateTimeException e) {
                // keep the day shown
            }
        }
        List<StaffMember> staff = core.staff().list(p.salonId(), false);
        Long only = null;
        if (p.master()) {
            only = p.user().staffId() == null ? -1L : p.user().staffId();
        } else if (ctx.queryParam("staff") != null && !ctx.queryParam("staff").isBlank()) {
            only = Long.parseLong(ctx.queryParam("staff"));
        }
        boolean week = "week".equals(ctx.queryParam("view")) || "week".equals(values.get("view"));
        // a week is one master's: with "all masters" the first is shown, and the page says so
        boolean firstPicked = week && only == null && !staff.isEmpty();
        if (firstPicked) {
            only = staff.get(0).id();
        }
        Views views = new Views(core, p);
        List<Map<String, Object>> columns = new ArrayList<>();
        LocalDate first = week ? day.with(java.time.DayOfWeek.MONDAY) : day;
        int days = week ? 7 : 1;
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = first.plusDays(days).atStartOfDay(zone).toInstant();
        List<Visit> visits = core.visits().list(p.salonId(), from, to, only, null, 2000);
        views.prefetch(visits);
        if (week) {
            // one master's week: a column per day
            for (int i = 0; i < days; i++) {
                LocalDate d = first.plusDays(i);
                Instant dayFrom = d.atStartOfDay(zone).toInstant();
                Instant dayTo = d.plusDays(1).atStartOfDay(zone).toInstant();
                Map<String, Object> col = new LinkedHashMap<>();
                col.put("title", d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, p.locale()) + " " + p.fmt().date(d));
                col.put("link", "/admin/calendar?date=" + d + "&staff=" + only);
                col.put("visits", visits.stream().filter(v -> !v.start().isBefore(dayFrom) && v.start().isBefore(dayTo))
                        .map(views::visit).toList());
                columns.add(col);
            }
        } else {
            for (StaffMember s : staff) {
                if (only != null && only != s.id()) {
                    continue;
                }
                Map<String, Object> col = new LinkedHashMap<>();
                col.put("title", s.name());
                col.put("link", "/admin/calendar?view=week&date=" + day + "&staff=" + s.id());
                col.put("visits", visits.stream().filter(v -> v.staffId() == s.id()).map(views::visit).toList());
                columns.add(col);
            }
        }
        Map<String, Object> m = p.model("calendar");
        m.put("day", day.toString());
        m.put("dayLabel", p.fmt().date(day));
        m.put("week", week);
        m.put("view", week ? "week" : "day");
        m.put("prev", day.minusDays(week ? 7 : 1).toString());
        m.put("next", day.plusDays(week ? 7 : 1).toString());
        m.put("columns", columns);
        m.put("staffFilter", only == null ? "" : String.valueOf(only));
        Long shown = only;
        m.put("weekOf", week ? staff.stream().filter(s -> shown != null && s.id() == shown).map(StaffMember::name).findFirst().orElse(null) : null);
        m.put("weekFirstPicked", firstPicked);
        m.put("staffList", p.master() ? List.of() : staff);
        if (p.desk()) {
            Map<String, List<ServiceItem>> byCategory = new TreeMap<>();
            core.catalog().listServices(p.salonId(), false)
                    .forEach(s -> byCategory.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s));
            m.put("servicesByCategory", byCategory);
            m.put("chosenServices", chosenServices);
            String clientParam = values.getOrDefault("clientId", ctx.queryParam("client"));
            Client chosen = null;
            if (clientParam != null && !clientParam.isBlank()) {
                try {
                    chosen = core.clients().find(p.salonId(), Long.parseLong(clientParam)).orElse(null);
                } catch (NumberFormatException e) {
                    chosen = null;
                }
            }
            m.put("chosenClient", chosen);
            String query = values.getOrDefault("clientQuery", "");
            m.put("picks", chosen == null && !query.isBlank() ? core.clients().search(p.salonId(), query, PICKS, 0).clients() : List.of());
        }
        Map<String, String> form = new HashMap<>(values);
        form.putIfAbsent("date", day.toString());
        form.putIfAbsent("staffId", only == null ? "" : String.valueOf(only));
        m.put("form", form);
        m.put("errors", errors);
        ctx.status(status).render("templates/admin/calendar.peb", m);
    }

    /**
     * Books one or more services in a row with one master. No client chosen yet but a name typed
     * (a browser without scripts, or a click on "book" before picking): the matches are offered.
     */
    private void book(Context ctx, Page p) {
        Map<String, String> form = Forms.form(ctx, "clientId", "clientQuery", "staffId", "date", "time");
        List<String> serviceIds = ctx.formParams("serviceId").stream().filter(v -> !v.isBlank()).distinct().toList();
        Map<String, String> errors = new LinkedHashMap<>();
        Long clientId = Forms.parseId(form.get("clientId"), "clientId", errors, p);
        Long staffId = Forms.parseId(form.get("staffId"), "staffId", errors, p);
        List<ItemRequest> items = new ArrayList<>();
        for (String id : serviceIds) {
            Long serviceId = Forms.parseId(id, "serviceId", errors, p);
            if (serviceId != null) {
                items.add(new ItemRequest(serviceId, null, null));
            }
        }
        if (serviceIds.isEmpty()) {
            errors.put("serviceId", p.t().get("error_choose_service"));
        }
        if (form.get("time").isBlank()) {
            errors.put("time", p.t().get("error_required"));
        }
        if (form.get("date").isBlank()) {
            errors.put("date", p.t().get("error_required"));
        }
        if (errors.isEmpty()) {
            try {
                Visit v = core.visits().book(p.salonId(), new BookingRequest(clientId, staffId, form.get("date") + "T" + form.get("time"),
                        items, "admin"));
                AdminRoutes.redirect(ctx, "/admin/visits/" + v.id());
                return;
            } catch (InvalidInputException e) {
                errors.putAll(bookingErrors(FormErrors.of(e)));
            } catch (ConflictException e) {
                errors.put("time", e.getMessage());
            } catch (NotFoundException e) {
                errors.put("clientId", p.t().get("error_not_found"));
            }
        }
        calendar(ctx, p, errors, form, serviceIds, 422);
    }

    /** The client picker's matches while the desk types a name or phone (an htmx fragment). */
    private void picks(Context ctx, Page p) {
        String q = ctx.queryParam("clientQuery");
        q = q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q;
        Map<String, Object> m = p.model("calendar");
        m.put("picks", q.isBlank() ? List.of() : core.clients().search(p.salonId(), q, PICKS, 0).clients());
        m.put("form", Map.of("clientQuery", q));
        ctx.render("templates/admin/client_picks.peb", m);
    }

    /** The API's field names mapped onto the booking form's fields. */
    private static Map<String, String> bookingErrors(Map<String, String> api) {
        Map<String, String> m = new LinkedHashMap<>();
        api.forEach((field, message) -> {
            String f = field.startsWith("items") ? "serviceId" : field.equals("start") ? "time" : field;
            m.merge(f, message, (a, b) -> a + "; " + b);
        });
        return m;
    }
}
