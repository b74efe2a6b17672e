package app.atelier.web.admin.catalog;

import app.atelier.core.AtelierCore;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.staff.StaffInput;
import app.atelier.core.staff.StaffMember;
import app.atelier.core.staff.WorkingHours;
import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.FormErrors;
import app.atelier.web.admin.Page;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A master's card for the owner: name, contacts, a row of working hours per weekday (blank = not
 * working that day; an end like 26:00 runs past midnight) and days off as dates. The core's staff
 * service validates; its messages about {@code hours[i]} are shown on the weekday row they concern.
 */
final class StaffForm {
    private static final String[] TEXT = {"name", "position", "phone", "email", "daysOff", "active"};

    private final AtelierCore core;

    StaffForm(AtelierCore core) {
        this.core = core;
    }

    void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, "/admin/catalog/staff/new", admin.page(AdminRoutes.Gate.OWNER, (ctx, p) ->
                render(ctx, p, null, Map.of("active", "on"), Map.of(), 200)));
        routes.raw(HandlerType.GET, "/admin/catalog/staff/{id}", admin.page(AdminRoutes.Gate.OWNER, (ctx, p) -> {
            long id = Long.parseLong(ctx.pathParam("id"));
            render(ctx, p, id, stored(core.staff().get(p.salonId(), id)), Map.of(), 200);
        }));
        routes.raw(HandlerType.POST, "/admin/catalog/staff", admin.page(AdminRoutes.Gate.OWNER, (ctx, p) -> save(ctx, p, null)));
        routes.raw(HandlerType.POST, "/admin/catalog/staff/{id}", admin.page(AdminRoutes.Gate.OWNER, (ctx, p) ->
                save(ctx, p, Long.parseLong(ctx.pathParam("id")))));
    }

    private void save(Context ctx, Page p, Long id) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : TEXT) {
            String v = ctx.formParam(f);
            typed.put(f, v == null ? "" : v.strip());
        }
        List<StaffInput.Hours> hours = new ArrayList<>();
        List<Integer> rowOfIndex = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            String start = value(ctx, "start_" + d);
            String end = value(ctx, "end_" + d);
            typed.put("start_" + d, start);
            typed.put("end_" + d, end);
            if (!start.isEmpty() || !end.isEmpty()) {
                hours.add(new StaffInput.Hours(d, start, end));
                rowOfIndex.add(d);
            }
        }
        List<String> daysOff = Arrays.stream(typed.get("daysOff").split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        StaffInput in = new StaffInput(typed.get("name"), typed.get("position"), typed.get("phone"), typed.get("email"),
                !typed.get("active").isEmpty(), hours, daysOff);
        try {
            if (id == null) {
                core.staff().create(p.salonId(), in);
            } else {
                core.staff().get(p.salonId(), id);
                core.staff().update(p.salonId(), id, in);
            }
            AdminRoutes.redirect(ctx, "/admin/catalog#staff");
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            FormErrors.of(e).forEach((field, message) -> errors.merge(formField(field, rowOfIndex), message, (a, b) -> a + "; " + b));
            render(ctx, p, id, typed, errors, 422);
        }
    }

    /** {@code hours[2].end} → the weekday row it came from; {@code daysOff[0]} → the days-off field. */
    private static String formField(String field, List<Integer> rowOfIndex) {
        if (field.startsWith("hours[")) {
            int close = field.indexOf(']');
            try {
                int index = Integer.parseInt(field.substring(6, close));
                return index < rowOfIndex.size() ? "hours_" + rowOfIndex.get(index) : "hours";
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                return "hours";
            }
        }
        return field.startsWith("daysOff") ? "daysOff" : field;
    }

    private static Map<String, String> stored(StaffMember s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", s.name());
        v.put("position", s.position() == null ? "" : s.position());
        v.put("phone", s.phone() == null ? "" : s.phone());
        v.put("email", s.email() == null ? "" : s.email());
        v.put("active", s.active() ? "on" : "");
        v.put("daysOff", s.daysOff().stream().map(Object::toString).collect(Collectors.joining(", ")));
        for (WorkingHours h : s.hours()) {
            v.put("start_" + h.weekday(), hhmm(h.startMinute()));
            v.put("end_" + h.weekday(), hhmm(h.endMinute()));
        }
        return v;
    }

    private static String hhmm(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    private static String value(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }

    private void render(Context ctx, Page p, Long id, Map<String, String> values, Map<String, String> errors, int status) {
        Map<String, Object> m = p.model("catalog");
        m.put("action", "/admin/catalog/staff" + (id == null ? "" : "/" + id));
        m.put("isNew", id == null);
        m.put("v", values);
        m.put("errors", errors);
        List<Map<String, Object>> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(Map.of("n", d, "label", DayOfWeek.of(d).getDisplayName(TextStyle.FULL_STANDALONE, p.locale())));
        }
        m.put("weekdays", days);
        ctx.status(status).render("templates/admin/catalog_staff.peb", m);
    }
}
