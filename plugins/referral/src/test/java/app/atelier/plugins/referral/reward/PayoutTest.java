package app.atelier.plugins.referral.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A referral is worth one reward in all: what the referrer kept of reversed rewards counts against a new one. */
class PayoutTest {
    private static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");

    private static Reward points(long points, Instant reversedAt, Long takenBack, Long shortfall) {
        return new Reward(1, 7, 3, Reward.POINTS, points, 0, 10, AT, null, null, false, "referral:7", reversedAt, takenBack, shortfall);
    }

    private static Reward discount(Long usedVisitId, Instant reversedAt) {
        return new Reward(2, 7, 3, Reward.DISCOUNT, 0, 1000, 10, AT, usedVisitId, usedVisitId == null ? null : 5_000L,
                reversedAt != null && usedVisitId == null, null, reversedAt, null, null);
    }

    @Test
    void aFirstRewardIsPaidInFullUnderTheLinksOwnKey() {
        assertEquals(70_000, Payout.points(70_000, List.of()));
        assertEquals("referral:7", Payout.walletKey(7, 10, List.of()));
    }

    @Test
    void aRewardTakenBackInFullIsPaidAgainInFullUnderANewKey() {
        List<Reward> earlier = List.of(points(70_000, AT, 70_000L, 0L));
        assertEquals(70_000, Payout.points(70_000, earlier));
        assertEquals("referral:7:visit:11", Payout.walletKey(7, 11, earlier));
    }

    @Test
    void pointsTheReferrerKeptAreSubtractedAcrossEveryReversal() {
        assertEquals(40_000, Payout.points(70_000, List.of(points(70_000, AT, 40_000L, 30_000L))));
        // 30 000 kept the first time, the 40 000 paid again then kept in full: nothing is due any more
        assertEquals(0, Payout.points(70_000, List.of(points(70_000, AT, 40_000L, 30_000L), points(40_000, AT, 0L, 40_000L))));
        assertEquals(0, Payout.points(70_000, List.of(points(70_000, AT, 0L, 90_000L))), "never negative");
    }

    @Test
    void aTakeBackStillWaitingCountsAsNothingKeptYet() {
        Reward pending = points(70_000, AT, null, null);
        assertEquals("reversal_pending", pending.status());
        assertEquals(0, pending.keptPoints());
        assertEquals("credited", points(70_000, null, null, null).status());
        assertEquals("reversed", points(70_000, AT, 70_000L, 0L).status());
    }

    @Test
    void aUsedDiscountOfAReversedRewardMeansNoNewReward() {
        assertTrue(Payout.discountKept(List.of(discount(99L, AT))));
        assertEquals(0, Payout.points(70_000, List.of(discount(99L, AT))));
        assertEquals("used", discount(99L, AT).status());
        assertFalse(Payout.discountKept(List.of(discount(null, AT))), "a withdrawn discount was not kept");
        assertEquals("cancelled", discount(null, AT).status());
        assertEquals(70_000, Payout.points(70_000, List.of(discount(null, AT))));
    }

    @Test
    void aZeroRewardPaysNothing() {
        assertEquals(0, Payout.points(0, List.of()));
    }
}
