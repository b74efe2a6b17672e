package app.atelier.plugins.discounts.pricing;

import app.atelier.api.pricing.BillLine;
import app.atelier.plugins.discounts.manual.ManualRequest;
import app.atelier.plugins.discounts.rules.Conditions;
import app.atelier.plugins.discounts.rules.DiscountKind;
import app.atelier.plugins.discounts.rules.Rule;
import app.atelier.plugins.discounts.rules.SpendTier;
import app.atelier.plugins.discounts.rules.Target;
import app.atelier.plugins.discounts.rules.TimeWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for the engine's inputs: bills, rules of every kind, target and many conditions, visits, clients, personal and manual discounts. */
final class EngineArbitraries {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant START = Instant.parse("2026-10-20T09:00:00Z");

    private EngineArbitraries() {
    }

    static Arbitrary<BillLine> lines() {
        return Combinators.combine(Arbitraries.of("service", "product"), Arbitraries.longs().between(1, 5),
                        Arbitraries.of("Hair", "Nails", "Spa"), Arbitraries.longs().between(0, 2_000_000),
                        Arbitraries.integers().between(1, 3))
                .as((kind, id, category, price, qty) -> new BillLine(kind, id, kind + id, kind.equals("service") ? category : null,
                        price, qty, price * qty));
    }

    static Arbitrary<List<BillLine>> bills() {
        return lines().list().ofMinSize(1).ofMaxSize(6);
    }

    static Arbitrary<Target> targets() {
        Arbitrary<List<Long>> ids = Arbitraries.longs().between(1, 5).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
        return Arbitraries.oneOf(
                Arbitraries.just(Target.bill()),
                ids.map(l -> new Target(Target.Type.SERVICES, l, List.of())),
                ids.map(l -> new Target(Target.Type.PRODUCTS, l, List.of())),
                Arbitraries.of("Hair", "Nails", "Spa").list().ofMinSize(1).ofMaxSize(2).uniqueElements()
                        .map(c -> new Target(Target.Type.CATEGORIES, List.of(), c)));
    }

    /** Mostly no conditions (so that rules hold and stack), sometimes calendar, channel, bill, tier or first-visit ones. */
    static Arbitrary<Conditions> conditions() {
        Arbitrary<List<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).list().ofMinSize(1).ofMaxSize(7).uniqueElements()
                .map(l -> l.stream().sorted().toList());
        Arbitrary<TimeWindow> hours = Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.integers().between(1, 23))
                .as((from, len) -> new TimeWindow(LocalTime.of(from, 0), LocalTime.of((from + len) % 24, 30)));
        Arbitrary<List<SpendTier>> tiers = Arbitraries.longs().between(0, 500_000).list().ofMinSize(1).ofMaxSize(3).uniqueElements()
                .map(l -> l.stream().sorted().map(min -> new SpendTier(min, 100 + min % 2000)).toList());
        Arbitrary<Conditions> some = Combinators.combine(days.injectNull(0.5), hours.injectNull(0.5),
                        Arbitraries.of("admin", "online", "app").list().ofMinSize(1).ofMaxSize(3).uniqueElements().injectNull(0.6),
                        Arbitraries.longs().between(0, 3_000_000).injectNull(0.7), tiers.injectNull(0.7), Arbitraries.of(true, false))
                .as((d, h, ch, min, t, first) -> new Conditions(null, null, d == null ? List.of() : d, h, List.of(),
                        t == null ? List.of() : t, null, first, null, ch == null ? List.of() : ch.stream().sorted().toList(), min));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(Conditions.NONE)), net.jqwik.api.Tuple.of(2, some));
    }

    static Arbitrary<Rule> rules() {
        Arbitrary<Rule> percent = Combinators.combine(Arbitraries.longs().between(1, 10_000), targets(), Arbitraries.of(true, false),
                        conditions())
                .as((v, t, c, when) -> new Rule(0, "Percent " + v, DiscountKind.PERCENT, when.tiered() ? null : v, t, when, c, true));
        Arbitrary<Rule> fixed = Combinators.combine(Arbitraries.longs().between(1, 3_000_000), targets(), Arbitraries.of(true, false),
                        conditions())
                .as((v, t, c, when) -> new Rule(0, "Fixed " + v, DiscountKind.FIXED, when.tiered() ? null : v, t, when, c, true));
        return Arbitraries.oneOf(percent, fixed);
    }

    /** Visit starts over a year in Berlin, both sides of both DST changes. */
    static Arbitrary<Instant> starts() {
        return Arbitraries.longs().between(0, 365L * 24 * 4).map(q -> Instant.parse("2026-01-01T00:00:00Z").plusSeconds(q * 900));
    }

    static Arbitrary<ClientFacts> clients() {
        return Combinators.combine(Arbitraries.longs().between(0, 1_000_000), Arbitraries.integers().between(0, 5))
                .as((paid, visits) -> new ClientFacts(true, List.of(), null, visits == 0 ? 0 : paid, visits,
                        visits == 0 ? null : Instant.parse("2025-12-01T10:00:00Z")));
    }

    /** Rules with distinct ids, in id order as the store returns them. */
    static Arbitrary<List<Rule>> ruleSets() {
        return rules().list().ofMaxSize(6).map(list -> {
            java.util.ArrayList<Rule> out = new java.util.ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(list.get(i).withId(i + 1L));
            }
            return out;
        });
    }

    static Arbitrary<ManualRequest.Decision> manuals() {
        return Arbitraries.oneOf(
                Arbitraries.just(ManualRequest.decide(null, "admin")),
                Arbitraries.longs().between(1, 10_000).map(p -> ManualRequest.decide(java.util.Map.of("percent", p, "reason", "r"), "owner")),
                Arbitraries.longs().between(1, 5_000_000).map(a -> ManualRequest.decide(java.util.Map.of("amount", a, "reason", "r"), "admin")));
    }

    static Arbitrary<PersonalTerms> personals() {
        return Arbitraries.longs().between(1, 10_000).map(PersonalTerms::new).injectNull(0.4);
    }

    static Occasion occasion(List<BillLine> lines, long alreadyOff) {
        return occasion(lines, alreadyOff, START, "admin");
    }

    static Occasion occasion(List<BillLine> lines, long alreadyOff, Instant start, String channel) {
        long subtotal = lines.stream().mapToLong(BillLine::amount).sum();
        return new Occasion(ZONE, start, channel, "EUR", lines, subtotal, subtotal - Math.min(alreadyOff, subtotal));
    }

    static ClientFacts client() {
        return new ClientFacts(true, List.of(), null, 0, 0, null);
    }
}
