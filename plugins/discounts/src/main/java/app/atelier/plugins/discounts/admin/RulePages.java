package app.atelier.plugins.discounts.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ProductView;
import app.atelier.api.data.ServiceView;
import app.atelier.api.web.PluginRequest;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.discounts.input.InvalidInput;
import app.atelier.plugins.discounts.rules.Rule;
import app.atelier.plugins.discounts.rules.RuleService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rules pages of the panel, {@code /admin/discounts/rules…}: the list with a switch per rule, the
 * form for a new or an existing rule, and deleting after a confirmation. Forms go through the same
 * {@link RuleService} as the REST API; what it refuses comes back as a 422 page with each message
 * next to its field and every typed value kept.
 */
final class RulePages {
    private static final String RULES = Panel.BASE + "/rules";
    private final PluginContext context;
    private final RuleService rules;

    RulePages(PluginContext context, RuleService rules) {
        this.context = context;
        this.rules = rules;
    }

    void register(PluginRoutes routes) {
        // rules/new before rules/{id}: the first route that matches answers
        routes.adminPage("GET", "rules", "Panel: the salon's discount rules", Panel.forManagers(context, this::list))
                .adminPage("GET", "rules/new", "Panel: form for a new rule", Panel.forManagers(context, this::newRule))
                .adminPage("POST", "rules", "Panel: create a rule from the form", Panel.forManagers(context, this::create))
                .adminPage("GET", "rules/{id}", "Panel: edit a rule", Panel.forManagers(context, this::edit))
                .adminPage("POST", "rules/{id}", "Panel: save an edited rule", Panel.forManagers(context, this::update))
                .adminPage("POST", "rules/{id}/active", "Panel: switch a rule on or off (form field active=true|false)",
                        Panel.forManagers(context, this::switchRule))
                .adminPage("GET", "rules/{id}/delete", "Panel: confirm deleting a rule", Panel.forManagers(context, this::confirmDelete))
                .adminPage("POST", "rules/{id}/delete", "Panel: delete a rule", Panel.forManagers(context, this::delete))
                .adminMenu("rules", "menu.rules");
    }

    private void list(Context ctx, PluginRequest req, PanelTexts t) {
        long salonId = req.salon().id();
        RuleSummary summary = summary(salonId, t);
        Map<String, Object> m = Panel.model(ctx, t);
        m.put("rules", rules.list(salonId).stream().map(summary::row).toList());
        m.put("saved", ctx.queryParam("saved") != null);
        m.put("deleted", ctx.queryParam("deleted") != null);
        ctx.render("templates/discounts/admin-rules.peb", m);
    }

    private void newRule(Context ctx, PluginRequest req, PanelTexts t) {
        form(ctx, req, t, RuleForm.blank(), Map.of(), null, HttpStatus.OK);
    }

    private void edit(Context ctx, PluginRequest req, PanelTexts t) {
        Rule rule = rules.find(req.salon().id(), Panel.id(req)).orElseThrow(Panel::notFound);
        form(ctx, req, t, RuleForm.of(rule, t), Map.of(), rule, HttpStatus.OK);
    }

    private void create(Context ctx, PluginRequest req, PanelTexts t) {
        save(ctx, req, t, null);
    }

    private void update(Context ctx, PluginRequest req, PanelTexts t) {
        save(ctx, req, t, rules.find(req.salon().id(), Panel.id(req)).orElseThrow(Panel::notFound));
    }

    /** Creates ({@code existing} null) or replaces a rule; on refusal shows the form again, 422. */
    private void save(Context ctx, PluginRequest req, PanelTexts t, Rule existing) {
        long salonId = req.salon().id();
        RuleForm form = RuleForm.read(ctx);
        RuleBody body = RuleBody.of(form, t.digits());
        InvalidInput refused = null;
        try {
            if (body.unreadable().isEmpty()) {
                if (existing == null) {
                    rules.create(salonId, body.body());
                } else {
                    rules.replace(salonId, existing.id(), body.body()).orElseThrow(Panel::notFound);
                }
                Panel.seeOther(ctx, RULES + "?saved");
                return;
            }
            rules.check(salonId, body.body());
        } catch (InvalidInput e) {
            refused = e;
        }
        form(ctx, req, t, form, FormErrors.of(body, refused, form, t), existing, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private void switchRule(Context ctx, PluginRequest req, PanelTexts t) {
        long salonId = req.salon().id();
        Rule rule = rules.switchTo(salonId, Panel.id(req), "true".equals(ctx.formParam("active"))).orElseThrow(Panel::notFound);
        if (ctx.header("HX-Request") == null) {
            Panel.seeOther(ctx, RULES);
            return;
        }
        // htmx swaps just this rule's card; the host sends a partial as it is
        Map<String, Object> m = Panel.model(ctx, t);
        m.put("r", summary(salonId, t).row(rule));
        ctx.render("templates/discounts/admin-rule-card.peb", m);
    }

    private void confirmDelete(Context ctx, PluginRequest req, PanelTexts t) {
        Rule rule = rules.find(req.salon().id(), Panel.id(req)).orElseThrow(Panel::notFound);
        Map<String, Object> m = Panel.model(ctx, t);
        m.put("rule", summary(req.salon().id(), t).row(rule));
        m.put("title", t.t("delete.title", rule.name()));
        ctx.render("templates/discounts/admin-rule-delete.peb", m);
    }

    private void delete(Context ctx, PluginRequest req, PanelTexts t) {
        if (!rules.delete(req.salon().id(), Panel.id(req))) {
            throw Panel.notFound();
        }
        Panel.seeOther(ctx, RULES + "?deleted");
    }

    private void form(Context ctx, PluginRequest req, PanelTexts t, RuleForm form, Map<String, String> errors, Rule existing,
                      HttpStatus status) {
        long salonId = req.salon().id();
        List<ServiceView> services = context.salonData().services(salonId);
        Map<String, Object> m = Panel.model(ctx, t);
        m.put("form", form.view());
        m.put("errors", errors);
        m.put("title", existing == null ? t.t("form.newTitle") : t.t("form.editTitle", existing.name()));
        m.put("action", existing == null ? RULES : RULES + "/" + existing.id());
        m.put("ruleId", existing == null ? null : existing.id());
        m.put("services", services.stream().map(s -> choice(String.valueOf(s.id()), s.name())).toList());
        m.put("products", context.salonData().products(salonId).stream().map(p -> choice(String.valueOf(p.id()), p.name())).toList());
        // the catalogue's categories, and any the rule names that no service carries any more
        TreeSet<String> categories = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        services.stream().map(ServiceView::category).filter(c -> c != null && !c.isBlank()).forEach(categories::add);
        categories.addAll(form.group("categories"));
        m.put("categories", categories.stream().map(c -> choice(c, c)).toList());
        List<Map<String, String>> weekdays = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            weekdays.add(choice(Integer.toString(d.getValue()), t.weekday(d)));
        }
        m.put("weekdays", weekdays);
        m.put("channels", List.of("admin", "online", "app").stream().map(c -> choice(c, t.t("channel." + c))).toList());
        m.put("valueHint", t.t("form.valueHint", t.currencySymbol()));
        m.put("minBillLabel", t.t("form.minBill", t.currencySymbol()));
        m.put("tierMinLabel", t.t("form.tierMin", t.currencySymbol()));
        ctx.status(status).render("templates/discounts/admin-rule-form.peb", m);
    }

    private RuleSummary summary(long salonId, PanelTexts t) {
        Map<Long, String> services = new LinkedHashMap<>();
        context.salonData().services(salonId).forEach(s -> services.put(s.id(), s.name()));
        Map<Long, String> products = new LinkedHashMap<>();
        for (ProductView p : context.salonData().products(salonId)) {
            products.put(p.id(), p.name());
        }
        return new RuleSummary(t, services, products);
    }

    private static Map<String, String> choice(String value, String label) {
        return Map.of("value", value, "label", label);
    }
}
