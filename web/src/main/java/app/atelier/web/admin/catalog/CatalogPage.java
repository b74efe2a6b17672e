package app.atelier.web.admin.catalog;

import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.Page;
import app.atelier.core.AtelierCore;
import app.atelier.core.staff.StaffMember;
import app.atelier.core.staff.WorkingHours;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.HandlerType;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalogue: services by category, products, staff with hours and days off. The desk reads
 * it; the owner also adds and edits (see {@link ItemForms} and {@link StaffForm}), as in the API.
 */
public final class CatalogPage {
    private final AtelierCore core;

    public CatalogPage(AtelierCore core) {
        this.core = core;
    }

    public void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, "/admin/catalog", admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> {
            Map<String, Object> m = p.model("catalog");
            m.put("services", core.catalog().listServices(p.salonId(), p.owner()));
            m.put("products", core.catalog().listProducts(p.salonId(), p.owner()));
            List<Map<String, Object>> staff = new ArrayList<>();
            for (StaffMember s : core.staff().list(p.salonId(), p.owner())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("staff", s);
                row.put("hours", s.hours().stream().map(h -> hours(h, p)).collect(Collectors.joining(", ")));
                row.put("daysOff", s.daysOff().stream().map(d -> p.fmt().date(d)).collect(Collectors.joining(", ")));
                staff.add(row);
            }
            m.put("staff", staff);
            ctx.render("templates/admin/catalog.peb", m);
        }));
        new ItemForms(core).register(admin, routes);
        new StaffForm(core).register(admin, routes);
    }

    private static String hours(WorkingHours h, Page p) {
        return DayOfWeek.of(h.weekday()).getDisplayName(TextStyle.SHORT, p.locale()) + " "
                + String.format("%02d:%02d–%02d:%02d", h.startMinute() / 60, h.startMinute() % 60, h.endMinute() / 60, h.endMinute() % 60);
    }
}
