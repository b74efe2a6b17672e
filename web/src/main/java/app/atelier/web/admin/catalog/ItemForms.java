package app.atelier.web.admin.catalog;

import app.atelier.core.AtelierCore;
import app.atelier.core.catalog.Product;
import app.atelier.core.catalog.ProductInput;
import app.atelier.core.catalog.ServiceInput;
import app.atelier.core.catalog.ServiceItem;
import app.atelier.core.common.InvalidInputException;
import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.FormErrors;
import app.atelier.web.admin.Page;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The owner's forms for services and products: new and edit, one template for both kinds. The
 * core's catalogue service validates, as it does for the API; the panel only reads the typed
 * text (money in major units) and puts the core's messages next to their fields.
 */
final class ItemForms {
    enum Kind { SERVICE, PRODUCT }

    private final AtelierCore core;

    ItemForms(AtelierCore core) {
        this.core = core;
    }

    void register(AdminRoutes admin, ApiRoutes routes) {
        for (Kind kind : Kind.values()) {
            String base = "/admin/catalog/" + (kind == Kind.SERVICE ? "services" : "products");
            routes.raw(HandlerType.GET, base + "/new", admin.page(AdminRoutes.Gate.OWNER, (ctx, p) ->
                    render(ctx, p, kind, null, Map.of("active", "on"), Map.of(), 200)));
            routes.raw(HandlerType.GET, base + "/{id}", admin.page(AdminRoutes.Gate.OWNER, (ctx, p) -> {
                long id = Long.parseLong(ctx.pathParam("id"));
                render(ctx, p, kind, id, stored(p, kind, id), Map.of(), 200);
            }));
            routes.raw(HandlerType.POST, base, admin.page(AdminRoutes.Gate.OWNER, (ctx, p) -> save(ctx, p, kind, null)));
            routes.raw(HandlerType.POST, base + "/{id}", admin.page(AdminRoutes.Gate.OWNER, (ctx, p) ->
                    save(ctx, p, kind, Long.parseLong(ctx.pathParam("id")))));
        }
    }

    private void save(Context ctx, Page p, Kind kind, Long id) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : new String[] {"name", "category", "durationMinutes", "price", "active"}) {
            String v = ctx.formParam(f);
            typed.put(f, v == null ? "" : v.strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Long price = null;
        try {
            price = p.fmt().parseMajor(typed.get("price"));
        } catch (NumberFormatException | ArithmeticException e) {
            errors.put("price", p.t().get("error_number"));
        }
        Integer duration = null;
        if (kind == Kind.SERVICE && !typed.get("durationMinutes").isEmpty()) {
            try {
                duration = Integer.parseInt(typed.get("durationMinutes"));
            } catch (NumberFormatException e) {
                errors.put("durationMinutes", p.t().get("error_number"));
            }
        }
        boolean active = !typed.get("active").isEmpty();
        if (errors.isEmpty()) {
            try {
                if (kind == Kind.SERVICE) {
                    ServiceInput in = new ServiceInput(typed.get("name"), typed.get("category"), duration, price, active);
                    if (id == null) {
                        core.catalog().createService(p.salonId(), in);
                    } else {
                        core.catalog().getService(p.salonId(), id);
                        core.catalog().updateService(p.salonId(), id, in);
                    }
                } else {
                    ProductInput in = new ProductInput(typed.get("name"), price, active);
                    if (id == null) {
                        core.catalog().createProduct(p.salonId(), in);
                    } else {
                        core.catalog().getProduct(p.salonId(), id);
                        core.catalog().updateProduct(p.salonId(), id, in);
                    }
                }
                AdminRoutes.redirect(ctx, "/admin/catalog#" + (kind == Kind.SERVICE ? "services" : "products"));
                return;
            } catch (InvalidInputException e) {
                errors.putAll(FormErrors.of(e));
            }
        }
        render(ctx, p, kind, id, typed, errors, 422);
    }

    private Map<String, String> stored(Page p, Kind kind, long id) {
        Map<String, String> values = new LinkedHashMap<>();
        if (kind == Kind.SERVICE) {
            ServiceItem s = core.catalog().getService(p.salonId(), id);
            values.put("name", s.name());
            values.put("category", s.category());
            values.put("durationMinutes", String.valueOf(s.durationMinutes()));
            values.put("price", p.fmt().major(s.price()));
            values.put("active", s.active() ? "on" : "");
        } else {
            Product pr = core.catalog().getProduct(p.salonId(), id);
            values.put("name", pr.name());
            values.put("price", p.fmt().major(pr.price()));
            values.put("active", pr.active() ? "on" : "");
        }
        return values;
    }

    private void render(Context ctx, Page p, Kind kind, Long id, Map<String, String> values, Map<String, String> errors, int status) {
        Map<String, Object> m = p.model("catalog");
        m.put("kind", kind == Kind.SERVICE ? "service" : "product");
        m.put("action", "/admin/catalog/" + (kind == Kind.SERVICE ? "services" : "products") + (id == null ? "" : "/" + id));
        m.put("isNew", id == null);
        m.put("heading", (id == null ? "add_" : "edit_") + (kind == Kind.SERVICE ? "service" : "product"));
        m.put("v", values);
        m.put("errors", errors);
        if (kind == Kind.SERVICE) {
            m.put("categories", core.catalog().listServices(p.salonId(), true).stream().map(ServiceItem::category).distinct().sorted().toList());
        }
        ctx.status(status).render("templates/admin/catalog_item.peb", m);
    }
}
