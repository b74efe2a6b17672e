package app.atelier.plugins.bonus.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ServiceView;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.program.Program;
import app.atelier.plugins.bonus.program.Tier;
import app.atelier.plugins.bonus.web.Fields;
import app.atelier.plugins.bonus.web.ProgramEditor;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.TreeMap;

/**
 * {@code /admin/bonus/program}: the salon's programs, and a form for one of them (tiers, minimum
 * bill, the lines that earn, the points' lifetime). Saving goes through {@link ProgramEditor}, the
 * API's own reading and storing; owners and admins may edit, as through the API.
 */
final class ProgramPage {
    static final String PATH = "/admin/bonus/program";

    private final PluginContext context;
    private final ProgramEditor programs;

    ProgramPage(PluginContext context) {
        this.context = context;
        this.programs = new ProgramEditor(context);
    }

    /** {@code ?id=3} opens that program, {@code ?id=new} an empty form, nothing the salon's main program. */
    void show(Context ctx, PluginRequest req) {
        PanelWords words = new PanelWords(context, req);
        if (!words.desk(ctx, req)) {
            return;
        }
        long salonId = req.salon().id();
        List<Program> all = programs.list(salonId);
        String wanted = ctx.queryParam("id");
        Optional<Program> chosen;
        if ("new".equals(wanted)) {
            chosen = Optional.empty();
        } else if (wanted != null) {
            chosen = all.stream().filter(p -> Long.toString(p.id()).equals(wanted)).findFirst();
            if (chosen.isEmpty()) {
                // another salon's program answers as a missing one
                ctx.status(404).html("<p class=\"error\" role=\"alert\">" + words.get("noProgram") + "</p>");
                return;
            }
        } else {
            chosen = all.stream().filter(p -> p.enabled() && Program.PERMANENT.equals(p.kind())).findFirst()
                    .or(() -> all.stream().findFirst());
        }
        ProgramForm form = chosen.map(p -> ProgramForm.of(p, words.texts())).orElseGet(ProgramForm::blank);
        render(ctx, req, words, all, form, Map.of(), ctx.queryParam("saved") != null);
    }

    /** Saves the form: 303 back to the program, or 422 with each problem beside its field and nothing stored. */
    void save(Context ctx, PluginRequest req) {
        PanelWords words = new PanelWords(context, req);
        if (!words.desk(ctx, req)) {
            return;
        }
        long salonId = req.salon().id();
        ProgramForm form = ProgramForm.of(ctx);
        Long id = form.id.isEmpty() ? null : programId(salonId, form.id);
        if (!form.id.isEmpty() && id == null) {
            ctx.status(404).html("<p class=\"error\" role=\"alert\">" + words.get("noProgram") + "</p>");
            return;
        }
        Map<String, String> typing = new LinkedHashMap<>();
        Fields fields = Fields.of(form.body(words.texts().fractionDigits(), typing, words));
        Program program = null;
        try {
            program = programs.read(salonId, fields);
        } catch (BadRequestResponse refused) {
            // the problems are in fields.problems(), worded below in the user's language
        }
        if (program == null || !typing.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            fields.problems().forEach((key, list) -> errors.put(key, words.problems(list, unitOf(key))));
            errors.putAll(typing);
            render(ctx.status(422), req, words, programs.list(salonId), form, errors, false);
            return;
        }
        long saved = id == null ? programs.create(salonId, program) : id;
        if (id != null && !programs.update(salonId, id, program)) {
            ctx.status(404).html("<p class=\"error\" role=\"alert\">" + words.get("noProgram") + "</p>");
            return;
        }
        ctx.redirect(PATH + "?id=" + saved + "&saved=1", HttpStatus.SEE_OTHER);
    }

    private Long programId(long salonId, String text) {
        try {
            long id = Long.parseLong(text);
            return programs.find(salonId, id).isPresent() ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Limits of money fields read in major units, of the cashback in percent. */
    private static PanelWords.Unit unitOf(String key) {
        if (key.equals("minBill") || key.endsWith(".minSpent")) {
            return PanelWords.Unit.MONEY;
        }
        return key.endsWith(".accrualBasisPoints") ? PanelWords.Unit.PERCENT : PanelWords.Unit.PLAIN;
    }

    private void render(Context ctx, PluginRequest req, PanelWords words, List<Program> all, ProgramForm form,
                        Map<String, String> errors, boolean saved) {
        long salonId = req.salon().id();
        Texts texts = words.texts();
        Map<String, String> left = new LinkedHashMap<>(errors);
        Map<String, Object> m = new HashMap<>();
        m.put("t", words.all());
        m.put("csrf", ctx.attribute("atelier.csrf"));
        m.put("saved", saved);
        m.put("currency", texts.currencySign());
        m.put("programs", all.stream().map(p -> summary(p, form, words)).toList());
        m.put("form", Map.of("id", form.id, "name", form.name, "kind", form.kind, "startsOn", form.startsOn, "endsOn", form.endsOn,
                "minBill", form.minBill, "lifetimeDays", form.lifetimeDays, "enabled", form.enabled));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<ProgramForm.TierRow> shown = form.rowsToShow();
        for (int i = 0; i < shown.size(); i++) {
            ProgramForm.TierRow r = shown.get(i);
            String key = "tiers[" + i + "].";
            Map<String, Object> row = new HashMap<>();
            row.put("n", i);
            row.put("label", words.get("tierN", i + 1));
            row.put("name", r.name());
            row.put("threshold", r.threshold());
            row.put("percent", r.percent());
            row.put("nameError", left.remove(key + "name"));
            row.put("thresholdError", left.remove(key + "minSpent"));
            row.put("percentError", left.remove(key + "accrualBasisPoints"));
            rows.add(row);
        }
        m.put("tiers", rows);
        List<ServiceView> services = context.salonData().services(salonId);
        // a program keeps categories in lower case (Earning); the boxes show them as the catalogue writes them
        Map<String, String> categories = new TreeMap<>();
        form.categories.forEach(c -> categories.put(c, c));
        services.stream().map(ServiceView::category).filter(c -> c != null && !c.isBlank())
                .forEach(c -> categories.put(c.strip().toLowerCase(Locale.ROOT), c.strip()));
        m.put("categories", categories.entrySet().stream()
                .map(c -> choice(c.getKey(), c.getValue(), form.categories.contains(c.getKey()))).toList());
        m.put("services", services.stream().map(s -> choice(Long.toString(s.id()), s.name(), form.services.contains(Long.toString(s.id()))))
                .toList());
        m.put("products", context.salonData().products(salonId).stream()
                .map(p -> choice(Long.toString(p.id()), p.name(), form.products.contains(Long.toString(p.id())))).toList());
        Map<String, String> fieldErrors = new HashMap<>();
        for (String field : List.of("name", "kind", "startsOn", "endsOn", "minBill", "lifetimeDays", "enabled", "tiers")) {
            String e = left.remove(field);
            if (e != null) {
                fieldErrors.put(field, e);
            }
        }
        // the earning lists' problems (an unknown service …) belong to the earning fieldset
        List<String> earning = new ArrayList<>();
        left.entrySet().removeIf(e -> e.getKey().startsWith("earning") && earning.add(e.getValue()));
        m.put("errors", fieldErrors);
        m.put("earningError", earning.isEmpty() ? null : String.join("; ", earning));
        m.put("otherErrors", List.copyOf(left.values()));
        m.put("invalid", !errors.isEmpty());
        ctx.render("templates/bonus/admin-program.peb", m);
    }

    private static Map<String, Object> summary(Program p, ProgramForm form, PanelWords words) {
        Texts texts = words.texts();
        Map<String, Object> s = new HashMap<>();
        s.put("id", p.id());
        s.put("name", p.name());
        s.put("current", Long.toString(p.id()).equals(form.id));
        s.put("enabled", p.enabled());
        s.put("kind", words.get("programKind." + p.kind()));
        s.put("dates", p.startsOn() == null ? "" : p.startsOn() + " – " + p.endsOn());
        List<String> tiers = new ArrayList<>();
        for (Tier t : p.tiers()) {
            tiers.add(words.get("tierLine", t.name(), Texts.percent(t.accrualBasisPoints()), texts.amount(t.minSpent())));
        }
        s.put("tiers", tiers);
        return s;
    }

    private static Map<String, Object> choice(String value, String label, boolean checked) {
        return Map.of("value", value, "label", label, "checked", checked);
    }
}
