package app.atelier.plugins.discounts.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.pricing.Adjustment;
import app.atelier.api.pricing.BillLine;
import app.atelier.plugins.discounts.manual.ManualRequest;
import app.atelier.plugins.discounts.rules.Conditions;
import app.atelier.plugins.discounts.rules.DiscountKind;
import app.atelier.plugins.discounts.rules.Rule;
import app.atelier.plugins.discounts.rules.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The engine's invariants over arbitrary bills, rules, personal and manual discounts and caps. */
class DiscountEnginePropertiesTest {

    @Provide
    Arbitrary<List<BillLine>> bills() {
        return EngineArbitraries.bills();
    }

    @Provide
    Arbitrary<List<Rule>> ruleSets() {
        return EngineArbitraries.ruleSets();
    }

    @Provide
    Arbitrary<ManualRequest.Decision> manuals() {
        return EngineArbitraries.manuals();
    }

    @Provide
    Arbitrary<PersonalTerms> personals() {
        return EngineArbitraries.personals();
    }

    @Provide
    Arbitrary<java.time.Instant> starts() {
        return EngineArbitraries.starts();
    }

    @Provide
    Arbitrary<ClientFacts> clients() {
        return EngineArbitraries.clients();
    }

    @Provide
    Arbitrary<String> channels() {
        return net.jqwik.api.Arbitraries.of("admin", "online", "app");
    }

    private static DiscountEngine.Result price(List<Rule> rules, PersonalTerms personal, boolean personalCombines,
                                               ManualRequest.Decision manual, Occasion visit, long cap) {
        return price(rules, personal, personalCombines, manual, visit, EngineArbitraries.client(), cap);
    }

    private static DiscountEngine.Result price(List<Rule> rules, PersonalTerms personal, boolean personalCombines,
                                               ManualRequest.Decision manual, Occasion visit, ClientFacts client, long cap) {
        return DiscountEngine.price(new EngineInput(rules, personal, personalCombines, manual, visit, client, cap, true));
    }

    @Property(tries = 1000)
    void theBillNeverGoesNegative(@ForAll("bills") List<BillLine> lines, @ForAll("ruleSets") List<Rule> rules,
                                  @ForAll("personals") PersonalTerms personal, @ForAll boolean personalCombines,
                                  @ForAll("manuals") ManualRequest.Decision manual,
                                  @ForAll @LongRange(min = 0, max = 10_000) long cap,
                                  @ForAll @LongRange(min = 0, max = 3_000_000) long alreadyOff,
                                  @ForAll("starts") java.time.Instant start, @ForAll("channels") String channel,
                                  @ForAll("clients") ClientFacts client) {
        Occasion visit = EngineArbitraries.occasion(lines, alreadyOff, start, channel);
        DiscountEngine.Result r = price(rules, personal, personalCombines, manual, visit, client, cap);
        assertTrue(r.total() <= visit.limit(), () -> "discount " + r.total() + " exceeds what is left " + visit.limit());
        assertTrue(visit.limit() - r.total() >= 0);
        for (Adjustment a : r.adjustments()) {
            assertTrue(a.amount() < 0, () -> "an adjustment must lower the bill: " + a);
        }
    }

    @Property(tries = 1000)
    void theTotalDiscountNeverExceedsTheCap(@ForAll("bills") List<BillLine> lines, @ForAll("ruleSets") List<Rule> rules,
                                            @ForAll("personals") PersonalTerms personal, @ForAll boolean personalCombines,
                                            @ForAll("manuals") ManualRequest.Decision manual,
                                            @ForAll @LongRange(min = 0, max = 10_000) long cap,
                                            @ForAll("starts") java.time.Instant start, @ForAll("clients") ClientFacts client) {
        Occasion visit = EngineArbitraries.occasion(lines, 0, start, "online");
        DiscountEngine.Result r = price(rules, personal, personalCombines, manual, visit, client, cap);
        // the cap as exact arithmetic: total × 10000 ≤ subtotal × cap
        assertTrue(BigDecimal.valueOf(r.total()).multiply(BigDecimal.valueOf(10_000))
                        .compareTo(BigDecimal.valueOf(visit.subtotal()).multiply(BigDecimal.valueOf(cap))) <= 0,
                () -> "discount " + r.total() + " is more than " + cap + " bp of " + visit.subtotal());
    }

    @Property(tries = 1000)
    void aPercentRoundsHalfUpOnEachLine(@ForAll("bills") List<BillLine> lines, @ForAll @LongRange(min = 1, max = 10_000) long bp) {
        Rule rule = new Rule(1, "Percent", DiscountKind.PERCENT, bp, Target.bill(), Conditions.NONE, true, true);
        Occasion visit = EngineArbitraries.occasion(lines, 0);
        long expected = 0;
        for (BillLine line : lines) {
            expected += BigDecimal.valueOf(line.amount()).multiply(BigDecimal.valueOf(bp))
                    .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
        }
        DiscountEngine.Result r = price(List.of(rule), null, false, null, visit, 10_000);
        assertEquals(expected, r.total());
    }

    @Property(tries = 1000)
    void bestOfIsNeverWorseThanAnySingleRule(@ForAll("bills") List<BillLine> lines, @ForAll("ruleSets") List<Rule> rules,
                                             @ForAll @LongRange(min = 0, max = 10_000) long cap,
                                             @ForAll("starts") java.time.Instant start, @ForAll("channels") String channel,
                                             @ForAll("clients") ClientFacts client) {
        Occasion visit = EngineArbitraries.occasion(lines, 0, start, channel);
        long all = price(rules, null, false, null, visit, client, cap).total();
        for (Rule single : rules) {
            long alone = price(List.of(single), null, false, null, visit, client, cap).total();
            assertTrue(all >= alone, () -> "all rules give " + all + " but " + single.name() + " alone gives " + alone);
        }
    }

    @Property(tries = 500)
    void withoutACapEveryCombiningRuleAndOneNonCombiningApply(@ForAll("bills") List<BillLine> lines,
                                                             @ForAll("ruleSets") List<Rule> rules) {
        List<BillLine> priced = lines.stream().map(l -> new BillLine(l.kind(), l.itemId(), l.name(), l.category(), l.unitPrice() + 100_000_000,
                l.quantity(), (l.unitPrice() + 100_000_000) * l.quantity())).toList();
        Occasion visit = EngineArbitraries.occasion(priced, 0);
        // unconditional rules worth at most 10% or 30 000 each: together they stay well below the bill
        List<Rule> small = rules.stream().map(r -> new Rule(r.id(), r.name() + " #" + r.id(), r.kind(),
                r.value() == null ? 500 : r.kind() == DiscountKind.PERCENT ? Math.min(r.value(), 1000) : r.value(), r.target(),
                Conditions.NONE, r.combines(), true)).toList();
        DiscountEngine.Result r = price(small, null, false, null, visit, 10_000);
        long expectedCombining = small.stream().filter(Rule::combines)
                .filter(x -> RuleAmount.of(x.kind(), x.value(), x.target(), priced) > 0).count();
        boolean anyExclusive = small.stream().anyMatch(x -> !x.combines() && RuleAmount.of(x.kind(), x.value(), x.target(), priced) > 0);
        assertEquals(expectedCombining + (anyExclusive ? 1 : 0), r.adjustments().size(), r.toString());
    }
}
