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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stacking policy on concrete bills. */
class DiscountEngineTest {
    private static final List<BillLine> BILL = List.of(
            new BillLine("service", 1, "Cut", "Hair", 60_000, 1, 60_000),
            new BillLine("service", 2, "Manicure", "Nails", 40_000, 1, 40_000),
            new BillLine("product", 7, "Shampoo", null, 5_000, 2, 10_000));

    private static Rule percent(long id, String name, long bp, Target target, boolean combines) {
        return new Rule(id, name, DiscountKind.PERCENT, bp, target, Conditions.NONE, combines, true);
    }

    private static DiscountEngine.Result price(List<Rule> rules, PersonalTerms personal, boolean personalCombines,
                                               ManualRequest.Decision manual, long cap, boolean explain) {
        return DiscountEngine.price(new EngineInput(rules, personal, personalCombines, manual, EngineArbitraries.occasion(BILL, 0),
                EngineArbitraries.client(), cap, explain));
    }

    private static List<String> labels(DiscountEngine.Result r) {
        return r.adjustments().stream().map(a -> a.label() + " " + a.amount()).toList();
    }

    @Test
    void combiningRulesAllApplyAndTheBestNonCombiningOneJoinsThem() {
        Rule nails = percent(1, "Nails −10%", 1000, new Target(Target.Type.CATEGORIES, List.of(), List.of("nails")), true);
        Rule small = percent(2, "Autumn −5%", 500, Target.bill(), false);
        Rule big = new Rule(3, "Minus 80", DiscountKind.FIXED, 8_000L, Target.bill(), Conditions.NONE, false, true);
        DiscountEngine.Result r = price(List.of(nails, small, big), null, false, null, 10_000, true);
        assertEquals(List.of("Nails −10% -4000", "Minus 80 -8000"), labels(r));
        assertTrue(r.notes().contains("Autumn −5%: a better non-combining discount applied (Minus 80)"), r.notes().toString());
    }

    @Test
    void theCapTrimsTheLastAdjustmentsFirst() {
        Rule a = percent(1, "A −20%", 2000, Target.bill(), true);
        Rule b = percent(2, "B −20%", 2000, Target.bill(), true);
        ManualRequest.Decision manual = ManualRequest.decide(Map.of("amount", 5_000, "reason", "late master"), "admin");
        DiscountEngine.Result r = price(List.of(a, b), null, false, manual, 3000, false);
        // 22 000 + 22 000 + 5 000 asked, 30% of 110 000 = 33 000 allowed: the manual discount goes, B is cut to 11 000
        assertEquals(List.of("A −20% -22000", "B −20% -11000"), labels(r));
        assertEquals(33_000, r.total());
        assertEquals(List.of("B −20%: cut from 220.00 EUR to 110.00 EUR by the salon's cap of 30% of the bill (330.00 EUR)",
                "Manual discount: left out, the salon's cap of 30% of the bill (330.00 EUR) is reached"), r.notes());
    }

    @Test
    void theCapRoundsDownWithoutOverflow() {
        assertEquals(33_333, Stacking.cap(111_111, 3000));
        long huge = Long.MAX_VALUE - 7;
        assertEquals(java.math.BigInteger.valueOf(huge).multiply(java.math.BigInteger.valueOf(4999))
                .divide(java.math.BigInteger.valueOf(10_000)).longValueExact(), Stacking.cap(huge, 4999));
        assertEquals(huge, Stacking.cap(huge, 10_000));
    }

    @Test
    void thePersonalDiscountCombinesOrCompetesAsTheSalonSays() {
        Rule rule = percent(1, "Loyal −10%", 1000, Target.bill(), false);
        PersonalTerms personal = new PersonalTerms(500);
        assertEquals(List.of("Loyal −10% -11000"), labels(price(List.of(rule), personal, false, null, 10_000, false)));
        assertEquals(List.of("Personal discount −5% -5500", "Loyal −10% -11000"),
                labels(price(List.of(rule), personal, true, null, 10_000, false)));
        assertEquals(List.of("Personal discount −15% -16500"),
                labels(price(List.of(rule), new PersonalTerms(1500), false, null, 10_000, false)));
    }

    @Test
    void aRefusedManualDiscountAddsOnlyANote() {
        DiscountEngine.Result byMaster = price(List.of(), null, false,
                ManualRequest.decide(Map.of("percent", 1000, "reason", "friend"), "master"), 10_000, false);
        assertEquals(List.of(), byMaster.adjustments());
        assertEquals(List.of("Manual discount not given: only the owner or an administrator may give one (this request comes from a master)"),
                byMaster.notes());
        DiscountEngine.Result noReason = price(List.of(), null, false, ManualRequest.decide(Map.of("percent", 1000), "owner"), 10_000,
                false);
        assertEquals(List.of(), noReason.adjustments());
        assertEquals(List.of("Manual discount not given: a reason is required"), noReason.notes());
        DiscountEngine.Result given = price(List.of(), null, false,
                ManualRequest.decide(Map.of("percent", 1000, "reason", "waited 30 min"), "owner"), 10_000, false);
        assertEquals(List.of(new Adjustment("discounts", "manual_discount", -11_000, "Manual discount −10%")), given.adjustments());
    }

    @Test
    void explainNamesEveryRuleThatDidNotApply() {
        Rule products = percent(1, "Products −10%", 1000, new Target(Target.Type.PRODUCTS, List.of(99L), List.of()), true);
        Rule off = new Rule(2, "Old promo", DiscountKind.PERCENT, 1000L, Target.bill(), Conditions.NONE, true, false);
        DiscountEngine.Result quiet = price(List.of(products, off), null, false, null, 10_000, false);
        assertEquals(List.of(), quiet.notes());
        DiscountEngine.Result explained = price(List.of(products, off), null, false, null, 10_000, true);
        assertEquals(List.of("Products −10%: none of its products is on the bill", "Old promo: switched off"), explained.notes());
    }
}
