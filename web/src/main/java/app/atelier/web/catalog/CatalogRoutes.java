package app.atelier.web.catalog;

import app.atelier.core.AtelierCore;
import app.atelier.core.catalog.ProductInput;
import app.atelier.core.catalog.ServiceInput;
import app.atelier.web.http.Access;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.http.Bodies;
import app.atelier.web.http.Params;

/** What the salon sells: services (work, with a duration) and products (retail goods). */
public final class CatalogRoutes {
    private final AtelierCore core;
    private final Access access;
    private final Bodies bodies;

    public CatalogRoutes(AtelierCore core, Access access, Bodies bodies) {
        this.core = core;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(ApiRoutes routes) {
        routes.tag("catalog")
                .get("/api/v1/services", "Services (?all=true includes inactive)", ctx -> ctx.json(core.catalog().listServices(
                        access.salonUser(ctx).requireSalon(), "true".equals(ctx.queryParam("all")))))
                .post("/api/v1/services", "Add a service", ctx -> ctx.status(201).json(core.catalog().createService(
                        access.owner(ctx).requireSalon(), bodies.read(ctx, ServiceInput.class))))
                .get("/api/v1/services/{id}", "One service", ctx -> ctx.json(core.catalog().getService(
                        access.salonUser(ctx).requireSalon(), Params.id(ctx, "id"))))
                .put("/api/v1/services/{id}", "Change a service", ctx -> {
                    long salonId = access.owner(ctx).requireSalon();
                    long id = Params.id(ctx, "id");
                    core.catalog().getService(salonId, id);
                    ctx.json(core.catalog().updateService(salonId, id, bodies.read(ctx, ServiceInput.class)));
                })
                .delete("/api/v1/services/{id}", "Deactivate a service", ctx -> {
                    core.catalog().deactivateService(access.owner(ctx).requireSalon(), Params.id(ctx, "id"));
                    ctx.status(204);
                })
                .get("/api/v1/products", "Products (?all=true includes inactive)", ctx -> ctx.json(core.catalog().listProducts(
                        access.salonUser(ctx).requireSalon(), "true".equals(ctx.queryParam("all")))))
                .post("/api/v1/products", "Add a product", ctx -> ctx.status(201).json(core.catalog().createProduct(
                        access.owner(ctx).requireSalon(), bodies.read(ctx, ProductInput.class))))
                .get("/api/v1/products/{id}", "One product", ctx -> ctx.json(core.catalog().getProduct(
                        access.salonUser(ctx).requireSalon(), Params.id(ctx, "id"))))
                .put("/api/v1/products/{id}", "Change a product", ctx -> {
                    long salonId = access.owner(ctx).requireSalon();
                    long id = Params.id(ctx, "id");
                    core.catalog().getProduct(salonId, id);
                    ctx.json(core.catalog().updateProduct(salonId, id, bodies.read(ctx, ProductInput.class)));
                })
                .delete("/api/v1/products/{id}", "Deactivate a product", ctx -> {
                    core.catalog().deactivateProduct(access.owner(ctx).requireSalon(), Params.id(ctx, "id"));
                    ctx.status(204);
                });
    }
}
