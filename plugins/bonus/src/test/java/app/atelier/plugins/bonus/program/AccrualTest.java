package app.atelier.plugins.bonus.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.api.checkout.Bill;
import app.atelier.api.pricing.BillLine;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Tier choice, the base (money paid on earning lines) and rounding. */
class AccrualTest {
    private static final Program LOYALTY = new Program(1, "Loyalty", Program.PERMANENT, null, null,
            List.of(new Tier("Gold", 10_000_000, 700), new Tier("Base", 0, 300), new Tier("Silver", 3_000_000, 500)),
            0, Earning.ALL, null, true, Instant.EPOCH);

    @Test
    void theTierIsTheHighestThresholdReached() {
        assertEquals("Base", LOYALTY.tierFor(0).orElseThrow().name());
        assertEquals("Base", LOYALTY.tierFor(2_999_999).orElseThrow().name());
        assertEquals("Silver", LOYALTY.tierFor(3_000_000).orElseThrow().name());
        assertEquals("Gold", LOYALTY.tierFor(50_000_000).orElseThrow().name());
        assertEquals("Silver", LOYALTY.nextTier(0).orElseThrow().name());
        assertEquals(true, LOYALTY.nextTier(10_000_000).isEmpty());
    }

    @Test
    void percentRoundsHalfUpOnTheBase() {
        // 3% of 150.50 = 4.515 → 4.52
        assertEquals(452, Accrual.of(LOYALTY, 0, bill(15_050), 15_050, 15_050).points());
    }

    @Test
    void belowTheFirstTierOrTheMinimumNothingAccrues() {
        Program noBase = new Program(2, "P", Program.PERMANENT, null, null, List.of(new Tier("Silver", 3_000_000, 500)), 10_000,
                Earning.ALL, null, true, Instant.EPOCH);
        assertEquals(0, Accrual.of(noBase, 0, bill(20_000), 20_000, 20_000).points());
        assertEquals(0, Accrual.of(noBase, 3_000_000, bill(9_999), 9_999, 9_999).points());
        assertEquals(500, Accrual.of(noBase, 3_000_000, bill(10_000), 10_000, 10_000).points());
    }

    @Test
    void onlyEarningLinesCountInProportionToThePaidMoney() {
        Program hair = new Program(3, "Hair", Program.PERMANENT, null, null, List.of(new Tier("All", 0, 1_000)), 0,
                new Earning(Set.of(), Set.of("Hair"), Set.of(77L)), null, true, Instant.EPOCH);
        Bill bill = new Bill("RUB", List.of(new BillLine("service", 1, "Cut", "hair ", 30_000, 1, 30_000),
                new BillLine("service", 2, "Nails", "Nails", 50_000, 1, 50_000),
                new BillLine("product", 77, "Shampoo", null, 20_000, 1, 20_000)), List.of(), 100_000, 100_000);
        // half paid: 50 000 × 50 000 earning / 100 000 = 25 000; 10% = 2 500
        assertEquals(25_000, Accrual.of(hair, 0, bill, 50_000, 100_000).base());
        assertEquals(2_500, Accrual.of(hair, 0, bill, 50_000, 100_000).points());
    }

    @Property(tries = 1000)
    void theBaseNeverExceedsTheMoneyPaid(@ForAll @LongRange(min = 0, max = 100_000_000_000L) long paid,
                                         @ForAll @LongRange(min = 0, max = 100_000_000_000L) long part,
                                         @ForAll @LongRange(min = 1, max = 100_000_000_000L) long whole) {
        long base = Accrual.share(paid, Math.min(part, whole), whole);
        assertEquals(true, base >= 0 && base <= paid, "base " + base);
    }

    private static Bill bill(long amount) {
        return new Bill("RUB", List.of(new BillLine("service", 1, "Cut", "Hair", amount, 1, amount)), List.of(), amount, amount);
    }
}
