package app.atelier.plugins.bonus.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Redemption never exceeds what was asked, the balance, the share cap or the bill, and is the most those allow. */
class RedemptionPropertiesTest {

    @Property(tries = 2000)
    void redemptionNeverExceedsTheBalanceOrTheShareCap(@ForAll @LongRange(min = 0, max = 10_000_000) long requested,
                                                       @ForAll @LongRange(min = 0, max = 10_000_000) long balance,
                                                       @ForAll @LongRange(min = -1000, max = 100_000_000) long runningTotal,
                                                       @ForAll @LongRange(min = 0, max = 10_000) long maxBasisPoints) {
        Redemption r = Redemption.decide(requested, balance, runningTotal, maxBasisPoints);
        assertTrue(r.amount() >= 0);
        assertTrue(r.amount() <= requested, "not more than asked");
        assertTrue(r.amount() <= balance, "not more than the balance");
        assertTrue(r.amount() * 10_000 <= Math.max(0, runningTotal) * maxBasisPoints, "not more than the share of the bill");
        assertTrue(r.amount() <= Math.max(0, runningTotal), "never more than the bill");
        long shareCap = Math.max(0, runningTotal) * maxBasisPoints / 10_000;
        assertEquals(Math.min(requested, Math.min(balance, shareCap)), r.amount(), "the most the caps allow");
    }
}
