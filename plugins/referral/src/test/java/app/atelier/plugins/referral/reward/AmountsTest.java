package app.atelier.plugins.referral.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.Money;
import app.atelier.api.pricing.BillLine;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Referral discounts: per-line half-up rounding, never more than the bill, never negative. */
class AmountsTest {

    @Property
    void aPercentOfABillIsTheSumOfItsRoundedLinesAndNeverExceedsIt(
            @ForAll @Size(max = 10) List<@LongRange(min = 0, max = 10_000_000) Long> amounts,
            @ForAll @LongRange(min = 0, max = 10_000) long basisPoints) {
        List<BillLine> lines = amounts.stream().map(a -> new BillLine("service", 1, "x", null, a, 1, a)).toList();
        long total = amounts.stream().mapToLong(Long::longValue).sum();

        long discount = Amounts.percentOfLines(lines, basisPoints);

        assertEquals(amounts.stream().mapToLong(a -> Money.percentOf(a, basisPoints)).sum(), discount);
        assertTrue(discount >= 0 && discount <= total, discount + " of " + total);
    }

    @Property
    void aCappedDiscountStaysWithinWhatIsLeft(@ForAll @LongRange(min = -1_000, max = 10_000_000) long wanted,
                                              @ForAll @LongRange(min = 0, max = 10_000_000) long running) {
        long capped = Amounts.capped(wanted, running);

        assertTrue(capped >= 0 && capped <= running && capped <= Math.max(0, wanted));
    }

    @Example
    void halvesRoundUpPerLine() {
        List<BillLine> lines = List.of(new BillLine("service", 1, "a", null, 333, 1, 333),
                new BillLine("product", 2, "b", null, 333, 1, 333));
        // 166.5 + 166.5 rounds to 167 + 167, not to half of 666
        assertEquals(334, Amounts.percentOfLines(lines, 5_000));
    }

    @Example
    void wording() {
        assertEquals("10%", Amounts.percent(1_000));
        assertEquals("12.5%", Amounts.percent(1_250));
        assertEquals("500.00 RUB", Amounts.money(50_000, "RUB"));
        assertEquals("500 JPY", Amounts.money(500, "JPY"));
    }
}
