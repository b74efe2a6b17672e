package app.atelier.plugins.bonus.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.checkout.Bill;
import app.atelier.api.checkout.CheckoutContext;
import app.atelier.api.checkout.CheckoutRejectedException;
import app.atelier.api.checkout.RefundContext;
import app.atelier.api.pricing.Adjustment;
import app.atelier.api.pricing.BillLine;
import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.ledger.Kind;
import app.atelier.plugins.bonus.ledger.Ledger;
import app.atelier.plugins.bonus.ledger.LedgerEntry;
import app.atelier.plugins.bonus.ledger.LedgerStore;
import app.atelier.plugins.bonus.ledger.Lot;
import app.atelier.plugins.bonus.ledger.NewEntry;
import app.atelier.plugins.bonus.program.Earning;
import app.atelier.plugins.bonus.program.Program;
import app.atelier.plugins.bonus.program.ProgramStore;
import app.atelier.plugins.bonus.program.Tier;
import app.atelier.plugins.bonus.testing.FakeContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The checkout participant on a real database: debit, accrual, idempotency, refund reversal. */
class BonusCheckoutTest {
    private static final long CLIENT = 5;
    private static final Texts TEXTS = Texts.of(FakeContext.bundle(Locale.ENGLISH), "RUB");
    private final FakeContext host = new FakeContext().client(CLIENT, null);
    private final BonusCheckout checkout = new BonusCheckout(host);

    @AfterEach
    void close() {
        host.db.close();
    }

    @Test
    void theTierComesFromMoneyPaidBeforeTheVisit() {
        loyalty(null, Earning.ALL, null);
        host.totalPaid.put(CLIENT, 2_900_000L);
        commit(1, bill(List.of(service(200_000, "Hair")), 0), 200_000);
        host.totalPaid.put(CLIENT, 3_100_000L);
        commit(2, bill(List.of(service(200_000, "Hair")), 0), 200_000);

        assertEquals(List.of(6_000L, 10_000L), amounts(Kind.ACCRUAL), "3% below 30 000.00, 5% once reached");
    }

    @Test
    void redemptionSpendsTheOldestPointsAndAccrualSkipsThePartPaidWithPoints() {
        loyalty(null, Earning.ALL, null);
        long old = gift(1_000, "old");
        long newer = gift(2_000, "newer");

        commit(1, bill(List.of(service(10_000, "Hair")), 2_500), 7_500);

        LedgerStore store = store();
        LedgerEntry redemption = store.byDedup(1, "redemption:visit:1").orElseThrow();
        assertEquals(-2_500, redemption.amount());
        assertEquals(List.of(old, newer), store.consumedBy(1, redemption.id()).stream().map(t -> t.creditId()).toList());
        assertEquals(List.of(500L), store.lots(1, CLIENT).stream().filter(l -> l.creditId() == newer).map(Lot::remaining).toList());
        assertEquals(List.of(225L), amounts(Kind.ACCRUAL), "3% of the 75.00 paid in money, not of the 100.00 bill");
        assertEquals(3_000 - 2_500 + 225, balance());
    }

    @Test
    void pointsSpentMeanwhileRejectTheCheckoutAndTheTransactionLeavesNothing() {
        loyalty(null, Earning.ALL, null);
        gift(1_000, "gift");
        int before = rows();

        assertThrows(CheckoutRejectedException.class, () -> commit(1, bill(List.of(service(10_000, "Hair")), 2_500), 7_500));

        assertEquals(before, rows());
        assertEquals(1_000, balance());
    }

    @Test
    void aRepeatedCommitMovesNothingTwice() {
        loyalty(null, Earning.ALL, null);
        gift(5_000, "gift");
        Bill bill = bill(List.of(service(10_000, "Hair")), 1_000);
        commit(1, bill, 9_000);
        long balance = balance();
        int rows = rows();

        commit(1, bill, 9_000);

        assertEquals(balance, balance());
        assertEquals(rows, rows());
    }

    @Test
    void minimumBillEarningLinesAndPromotionDatesDecideTheAccrual() {
        loyalty(50_000L, new Earning(Set.of(), Set.of("hair"), Set.of()), null);
        LocalDate today = host.clock.instant().atZone(FakeContext.SALON.zone()).toLocalDate();
        promo("Winter", today.minusDays(1), today.plusDays(1), 1_000);
        promo("Over", today.minusDays(10), today.minusDays(1), 9_000);

        commit(1, bill(List.of(service(40_000, "Nails")), 0), 40_000);
        assertEquals(List.of(4_000L), amounts(Kind.ACCRUAL), "below the minimum bill only the promotion accrues (10%)");

        commit(2, bill(List.of(service(60_000, "Hair"), product(40_000)), 0), 100_000);
        assertEquals(List.of(4_000L, 1_800L, 10_000L), amounts(Kind.ACCRUAL),
                "loyalty: 3% of the hair line only; promotion: 10% of all; the ended promotion nothing");
    }

    @Test
    void debtIsNotEarnedOn() {
        loyalty(null, Earning.ALL, null);
        commit(1, bill(List.of(service(100_000, "Hair")), 0), 40_000);
        assertEquals(List.of(1_200L), amounts(Kind.ACCRUAL), "3% of the 400.00 paid, not of the 1000.00 bill");
    }

    @Test
    void aRefundReturnsRedeemedPointsWithTheirExpiryAndTakesBackTheAccrual() {
        loyalty(null, Earning.ALL, 30);
        Instant expiry = host.clock.instant().plus(Duration.ofDays(10));
        host.db.jdbi.useTransaction(h -> new Ledger(h, host.clock.instant(), TEXTS).credit(
                NewEntry.of(1, CLIENT, Kind.GIFT, 2_000, expiry, "gift", "gift:1")));
        Bill bill = bill(List.of(service(10_000, "Hair")), 2_000);
        commit(1, bill, 8_000);
        assertEquals(240, balance());

        refund(1, bill);

        assertEquals(2_000, balance(), "the redeemed points are back, the 2.40 accrual is gone");
        LedgerEntry returned = store().byDedup(1, "refund:visit:1:return:1").orElseThrow();
        assertEquals(expiry, returned.expiresAt(), "returned points keep their old expiry");
        assertEquals(Kind.REVERSAL, returned.kind());
        int rows = rows();
        refund(1, bill);
        assertEquals(rows, rows(), "a second refund moves nothing");
        assertEquals(2_000, balance());
    }

    @Test
    void aRefundNeverTakesTheBalanceBelowZero() {
        loyalty(null, Earning.ALL, null);
        Bill bill = bill(List.of(service(100_000, "Hair")), 0);
        commit(1, bill, 100_000);
        assertEquals(3_000, balance());
        host.db.jdbi.useTransaction(h -> new Ledger(h, host.clock.instant(), TEXTS).debit(
                NewEntry.of(1, CLIENT, Kind.REDEMPTION, 2_000, null, "spent elsewhere", "redemption:visit:2")));

        refund(1, bill);

        assertEquals(0, balance());
        LedgerEntry back = store().byDedup(1, "refund:visit:1:accrual:1").orElseThrow();
        assertEquals(-1_000, back.amount());
        assertTrue(back.reason().contains("20.00 already spent"), back.reason());
    }

    private void commit(long visitId, Bill bill, long paid) {
        host.db.jdbi.useTransaction(h -> checkout.commit(new CheckoutContext(FakeContext.SALON, visitId, CLIENT, bill, paid,
                host.clock.instant(), h, null, "admin", null)));
    }

    private void refund(long visitId, Bill bill) {
        host.db.jdbi.useTransaction(h -> checkout.refund(new RefundContext(FakeContext.SALON, visitId, CLIENT, bill, "unhappy",
                host.clock.instant(), h, 1L)));
    }

    private void loyalty(Long minBill, Earning earning, Integer lifetimeDays) {
        Program p = new Program(0, "Loyalty", Program.PERMANENT, null, null, List.of(new Tier("Base", 0, 300),
                new Tier("Silver", 3_000_000, 500), new Tier("Gold", 10_000_000, 700)), minBill == null ? 0 : minBill, earning,
                lifetimeDays, true, Instant.EPOCH);
        host.db.jdbi.useTransaction(h -> new ProgramStore(h).create(1, p, host.clock.instant()));
    }

    private void promo(String name, LocalDate from, LocalDate to, long bp) {
        Program p = new Program(0, name, Program.PROMO, from, to, List.of(new Tier("All", 0, bp)), 0, Earning.ALL, null, true,
                Instant.EPOCH);
        host.db.jdbi.useTransaction(h -> new ProgramStore(h).create(1, p, host.clock.instant()));
    }

    private long gift(long amount, String key) {
        return host.db.jdbi.inTransaction(h -> new Ledger(h, host.clock.instant(), TEXTS).credit(
                NewEntry.of(1, CLIENT, Kind.GIFT, amount, null, "gift", key))).entryId();
    }

    private static Bill bill(List<BillLine> lines, long redeemed) {
        long subtotal = lines.stream().mapToLong(BillLine::amount).sum();
        List<Adjustment> adjustments = new ArrayList<>();
        if (redeemed > 0) {
            adjustments.add(new Adjustment("bonus", BonusPricing.KIND, -redeemed, "points"));
        }
        return new Bill("RUB", lines, adjustments, subtotal, subtotal - redeemed);
    }

    private static BillLine service(long amount, String category) {
        return new BillLine("service", 1, "Service", category, amount, 1, amount);
    }

    private static BillLine product(long amount) {
        return new BillLine("product", 9, "Shampoo", null, amount, 1, amount);
    }

    private LedgerStore store() {
        return new LedgerStore(host.db.jdbi.open());
    }

    private long balance() {
        return host.db.jdbi.withHandle(h -> new LedgerStore(h).balance(1, CLIENT));
    }

    private int rows() {
        return host.db.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM bonus_ledger").mapTo(Integer.class).one());
    }

    private List<Long> amounts(Kind kind) {
        return host.db.jdbi.withHandle(h -> h.createQuery("SELECT amount FROM bonus_ledger WHERE kind = :k ORDER BY id")
                .bind("k", kind.key()).mapTo(Long.class).list());
    }
}
