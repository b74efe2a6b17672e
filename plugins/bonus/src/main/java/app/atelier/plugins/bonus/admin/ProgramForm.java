package app.atelier.plugins.bonus.admin;

import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.program.Program;
import app.atelier.plugins.bonus.program.Tier;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The program form as the user typed it. Every value stays text, so a refused form comes back
 * exactly as it was left; {@link #body} turns it into the object the REST API takes, and the
 * program's own reading ({@code ProgramEditor.read}) judges it. Only what a form alone can get
 * wrong is caught here: an amount or a percent that is not a number.
 */
final class ProgramForm {
    /** Tiers a program may have (as the API allows). */
    static final int MAX_TIERS = 20;
    /** Empty tier rows the form offers for adding levels. */
    private static final int SPARE_ROWS = 2;

    /** One tier row: its name, threshold (major units) and cashback (percent), as typed. */
    record TierRow(String name, String threshold, String percent) {
        boolean blank() {
            return name.isBlank() && threshold.isBlank() && percent.isBlank();
        }
    }

    String id = "";
    String name = "";
    String kind = Program.PERMANENT;
    String startsOn = "";
    String endsOn = "";
    String minBill = "";
    String lifetimeDays = "";
    boolean enabled = true;
    List<TierRow> tiers = new ArrayList<>();
    Set<String> categories = new LinkedHashSet<>();
    Set<String> services = new LinkedHashSet<>();
    Set<String> products = new LinkedHashSet<>();

    /** A form for a new program. */
    static ProgramForm blank() {
        return new ProgramForm();
    }

    /** A stored program, amounts in major units. */
    static ProgramForm of(Program p, Texts texts) {
        ProgramForm f = new ProgramForm();
        f.id = Long.toString(p.id());
        f.name = p.name();
        f.kind = p.kind();
        f.startsOn = p.startsOn() == null ? "" : p.startsOn().toString();
        f.endsOn = p.endsOn() == null ? "" : p.endsOn().toString();
        f.minBill = p.minBill() == 0 ? "" : texts.money(p.minBill());
        f.lifetimeDays = p.lifetimeDays() == null ? "" : p.lifetimeDays().toString();
        f.enabled = p.enabled();
        for (Tier t : p.tiers()) {
            f.tiers.add(new TierRow(t.name(), texts.money(t.minSpent()), Texts.percent(t.accrualBasisPoints())));
        }
        f.categories.addAll(p.earning().categories());
        p.earning().services().forEach(id -> f.services.add(id.toString()));
        p.earning().products().forEach(id -> f.products.add(id.toString()));
        return f;
    }

    /** The posted form; tier rows left empty are dropped, so clearing a row removes that tier. */
    static ProgramForm of(Context ctx) {
        ProgramForm f = new ProgramForm();
        f.id = text(ctx.formParam("id"));
        f.name = text(ctx.formParam("name"));
        f.kind = text(ctx.formParam("kind"));
        f.startsOn = text(ctx.formParam("startsOn"));
        f.endsOn = text(ctx.formParam("endsOn"));
        f.minBill = text(ctx.formParam("minBill"));
        f.lifetimeDays = text(ctx.formParam("lifetimeDays"));
        f.enabled = ctx.formParam("enabled") != null;
        List<String> names = ctx.formParams("tierName");
        List<String> thresholds = ctx.formParams("tierThreshold");
        List<String> percents = ctx.formParams("tierPercent");
        int rows = Math.max(names.size(), Math.max(thresholds.size(), percents.size()));
        for (int i = 0; i < rows && f.tiers.size() <= MAX_TIERS; i++) {
            TierRow row = new TierRow(at(names, i), at(thresholds, i), at(percents, i));
            if (!row.blank()) {
                f.tiers.add(row);
            }
        }
        f.categories.addAll(ctx.formParams("category"));
        f.services.addAll(ctx.formParams("service"));
        f.products.addAll(ctx.formParams("product"));
        return f;
    }

    /**
     * The REST API's body for this form. Amounts that are not numbers are left out and reported in
     * {@code typing} under the API's field key; whole numbers go in as typed when they do not parse,
     * so the program's reading reports them in its own words.
     */
    Map<String, Object> body(int fractionDigits, Map<String, String> typing, PanelWords words) {
        Map<String, Object> b = new LinkedHashMap<>();
        put(b, "name", name);
        put(b, "kind", kind);
        if (Program.PROMO.equals(kind)) {
            // dates belong to a promotion only; a permanent program ignores what is left in them
            put(b, "startsOn", startsOn);
            put(b, "endsOn", endsOn);
        }
        if (!minBill.isBlank()) {
            money(b, "minBill", minBill, fractionDigits, typing, words);
        }
        if (!lifetimeDays.isBlank()) {
            b.put("lifetimeDays", whole(lifetimeDays));
        }
        b.put("enabled", enabled);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            TierRow t = tiers.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            put(row, "name", t.name());
            String key = "tiers[" + i + "].";
            if (!t.threshold().isBlank()) {
                money(row, "minSpent", t.threshold(), fractionDigits, typing, key, words);
            }
            if (!t.percent().isBlank()) {
                Amounts.basisPoints(t.percent()).ifPresentOrElse(bp -> row.put("accrualBasisPoints", bp),
                        () -> typing.put(key + "accrualBasisPoints", words.get("typing.percent")));
            }
            rows.add(row);
        }
        b.put("tiers", rows);
        Map<String, Object> earning = new LinkedHashMap<>();
        earning.put("categories", List.copyOf(categories));
        earning.put("services", services.stream().map(ProgramForm::whole).toList());
        earning.put("products", products.stream().map(ProgramForm::whole).toList());
        b.put("earning", earning);
        return b;
    }

    /** The tier rows to show: those typed or stored, then empty ones to add levels with. */
    List<TierRow> rowsToShow() {
        List<TierRow> rows = new ArrayList<>(tiers);
        while (rows.size() < Math.min(MAX_TIERS, tiers.size() + SPARE_ROWS)) {
            rows.add(new TierRow("", "", ""));
        }
        return rows;
    }

    private static void money(Map<String, Object> b, String field, String typed, int digits, Map<String, String> typing,
                              PanelWords words) {
        money(b, field, typed, digits, typing, "", words);
    }

    private static void money(Map<String, Object> b, String field, String typed, int digits, Map<String, String> typing, String prefix,
                              PanelWords words) {
        Amounts.minor(typed, digits).ifPresentOrElse(minor -> b.put(field, minor),
                () -> typing.put(prefix + field, words.get("typing.amount")));
    }

    /** A whole number when the text is one, else the text itself for the program's reading to refuse. */
    private static Object whole(String typed) {
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            return typed;
        }
    }

    private static void put(Map<String, Object> b, String field, String value) {
        if (!value.isBlank()) {
            b.put(field, value);
        }
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? text(values.get(i)) : "";
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
