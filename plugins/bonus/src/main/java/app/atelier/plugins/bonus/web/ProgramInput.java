package app.atelier.plugins.bonus.web;

import app.atelier.plugins.bonus.program.Earning;
import app.atelier.plugins.bonus.program.Program;
import app.atelier.plugins.bonus.program.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A program as the API reads and shows it; reading checks every field and answers one 400. */
public final class ProgramInput {
    static final long MAX_MONEY = 1_000_000_000_00L;

    private ProgramInput() {
    }

    /**
     * Reads a program from a request body.
     *
     * @param serviceIds the salon's services, so that an unknown id is refused instead of never earning
     * @param productIds the salon's products, likewise
     */
    public static Program read(Fields f, Set<Long> serviceIds, Set<Long> productIds) {
        String name = f.text("name", true, 100);
        String kind = f.text("kind", false, 20);
        if (kind == null) {
            kind = Program.PERMANENT;
        } else if (!kind.equals(Program.PERMANENT) && !kind.equals(Program.PROMO)) {
            f.error("kind", "kind");
        }
        boolean promo = Program.PROMO.equals(kind);
        LocalDate starts = f.date("startsOn", promo);
        LocalDate ends = f.date("endsOn", promo);
        if (!promo && (f.has("startsOn") || f.has("endsOn"))) {
            f.error("startsOn", "promoDates");
        }
        if (starts != null && ends != null && ends.isBefore(starts)) {
            f.error("endsOn", "endsBeforeStart");
        }
        List<Tier> tiers = tiers(f);
        Long minBill = f.number("minBill", false, 0, MAX_MONEY);
        Long lifetime = f.number("lifetimeDays", false, 1, 3650);
        Earning earning = earning(f, serviceIds, productIds);
        boolean enabled = f.flag("enabled", true);
        f.check();
        return new Program(0, name, kind, promo ? starts : null, promo ? ends : null, tiers, minBill == null ? 0 : minBill, earning,
                lifetime == null ? null : lifetime.intValue(), enabled, Instant.EPOCH);
    }

    private static List<Tier> tiers(Fields f) {
        List<Fields> rows = f.objects("tiers", 20);
        if (rows.isEmpty() && !f.has("tiers")) {
            f.error("tiers", "tiersRequired");
        } else if (rows.isEmpty()) {
            f.error("tiers", "tiersEmpty");
        }
        List<Tier> tiers = new ArrayList<>();
        Set<Long> thresholds = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Fields t = rows.get(i);
            Long min = t.number("minSpent", true, 0, MAX_MONEY);
            Long bp = t.number("accrualBasisPoints", true, 0, 10_000);
            String tierName = t.text("name", false, 60);
            if (min != null && !thresholds.add(min)) {
                t.error("minSpent", "sameThreshold");
            }
            if (min != null && bp != null) {
                tiers.add(new Tier(tierName == null ? "Level " + (i + 1) : tierName, min, bp));
            }
        }
        return tiers;
    }

    private static Earning earning(Fields f, Set<Long> serviceIds, Set<Long> productIds) {
        Fields e = f.object("earning");
        if (e == null) {
            return Earning.ALL;
        }
        List<Long> services = e.ids("services", 500);
        for (Long id : services) {
            if (!serviceIds.contains(id)) {
                e.error("services", "unknownService", id);
            }
        }
        List<Long> products = e.ids("products", 500);
        for (Long id : products) {
            if (!productIds.contains(id)) {
                e.error("products", "unknownProduct", id);
            }
        }
        return new Earning(Set.copyOf(services), Set.copyOf(e.texts("categories", 100, 100)), Set.copyOf(products));
    }

    /** The JSON the API answers for a program. */
    static Map<String, Object> json(Program p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("kind", p.kind());
        m.put("startsOn", p.startsOn() == null ? null : p.startsOn().toString());
        m.put("endsOn", p.endsOn() == null ? null : p.endsOn().toString());
        m.put("tiers", p.tiers().stream().map(ProgramInput::tier).toList());
        m.put("minBill", p.minBill());
        Map<String, Object> earning = new LinkedHashMap<>();
        earning.put("all", p.earning().all());
        earning.put("services", p.earning().services().stream().sorted().toList());
        earning.put("categories", p.earning().categories().stream().sorted().toList());
        earning.put("products", p.earning().products().stream().sorted().toList());
        m.put("earning", earning);
        m.put("lifetimeDays", p.lifetimeDays());
        m.put("enabled", p.enabled());
        m.put("updatedAt", p.updatedAt().toString());
        return m;
    }

    static Map<String, Object> tier(Tier t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("minSpent", t.minSpent());
        m.put("accrualBasisPoints", t.accrualBasisPoints());
        return m;
    }
}
