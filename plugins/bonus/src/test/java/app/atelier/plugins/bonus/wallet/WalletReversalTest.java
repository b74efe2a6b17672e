package app.atelier.plugins.bonus.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.bonus.ReversalResult;
import app.atelier.api.bonus.WalletCredit;
import app.atelier.api.bonus.WalletEntry;
import app.atelier.api.bonus.WalletReversal;
import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.ledger.Kind;
import app.atelier.plugins.bonus.ledger.Ledger;
import app.atelier.plugins.bonus.ledger.LedgerEntry;
import app.atelier.plugins.bonus.ledger.LedgerStore;
import app.atelier.plugins.bonus.ledger.NewEntry;
import app.atelier.plugins.bonus.testing.FakeContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code BonusWallet.reverse}: a credit is taken back by a new negative entry, from its own lot
 * first and then from the client's other points, never below zero; what the client already spent
 * and cannot cover is the shortfall; expired points are not taken twice; at most once per credit.
 */
class WalletReversalTest {
    private static final Texts TEXTS = Texts.of(FakeContext.bundle(Locale.ENGLISH), "RUB");
    private final FakeContext host = new FakeContext().client(5, null);
    private final BonusWalletExtension wallet = new BonusWalletExtension(host);

    @AfterEach
    void close() {
        host.db.close();
    }

    @Test
    void anUnspentCreditComesBackInFullAsANewNegativeEntry() {
        WalletEntry credit = wallet.credit(credit(1_000, "referral:1", null));

        ReversalResult result = wallet.reverse(reversal("referral:1", null));

        assertTrue(result.reversed());
        assertEquals(1_000, result.takenBack());
        assertEquals(0, result.shortfall());
        assertEquals(0, result.balance());
        LedgerEntry entry = entry(result.entryId());
        assertEquals(Kind.REVERSAL, entry.kind());
        assertEquals(-1_000, entry.amount());
        assertEquals("referral", entry.source());
        assertEquals("Referral reversed", entry.reason());
        assertEquals(1_000, entry(credit.entryId()).amount(), "the credit itself is never changed");
        assertEquals(2, rows());
    }

    @Test
    void aSecondReversalMovesNothingEvenAfterTheClientEarnedMore() {
        wallet.credit(credit(1_000, "referral:1", null));
        ReversalResult first = wallet.reverse(reversal("referral:1", null));
        wallet.credit(credit(300, "referral:2", null));

        ReversalResult again = wallet.reverse(reversal("referral:1", null));

        assertFalse(again.reversed());
        assertEquals(first.entryId(), again.entryId());
        assertEquals(1_000, again.takenBack());
        assertEquals(300, again.balance());
        assertEquals(300, wallet.balance(1, 5));
    }

    @Test
    void pointsAlreadySpentAreTakenFromTheClientsOtherPointsFirst() {
        wallet.credit(credit(1_000, "referral:1", null));
        spend(600, "spend:1");                             // the referral lot is the oldest: it paid
        gift(2_000, "gift:1");

        ReversalResult result = wallet.reverse(reversal("referral:1", null));

        assertEquals(1_000, result.takenBack(), "400 left of the credit, 600 from the gift");
        assertEquals(0, result.shortfall());
        assertEquals(1_400, result.balance());
    }

    @Test
    void whatTheClientSpentAndCannotCoverIsTheShortfallAndTheBalanceStaysAtZero() {
        wallet.credit(credit(1_000, "referral:1", null));
        spend(600, "spend:1");

        ReversalResult result = wallet.reverse(reversal("referral:1", null));

        assertEquals(400, result.takenBack());
        assertEquals(600, result.shortfall());
        assertEquals(0, result.balance());
        assertEquals("Referral reversed (6.00 already spent, not taken back)", entry(result.entryId()).reason());
    }

    @Test
    void aReversalThatFindsNothingIsRecordedSoLaterPointsAreNeverTaken() {
        wallet.credit(credit(1_000, "referral:1", null));
        spend(1_000, "spend:1");

        ReversalResult nothing = wallet.reverse(reversal("referral:1", null));
        assertTrue(nothing.reversed());
        assertEquals(0, nothing.entryId());
        assertEquals(0, nothing.takenBack());
        assertEquals(1_000, nothing.shortfall());

        gift(500, "gift:1");
        ReversalResult again = wallet.reverse(reversal("referral:1", null));
        assertFalse(again.reversed());
        assertEquals(1_000, again.shortfall());
        assertEquals(500, wallet.balance(1, 5), "the later gift is untouched");
    }

    @Test
    void expiredPointsOfTheCreditAreNotTakenAgain() {
        wallet.credit(credit(1_000, "referral:1", host.clock.instant().plus(Duration.ofDays(1))));
        gift(700, "gift:1");
        host.clock.advance(Duration.ofDays(2));

        ReversalResult result = wallet.reverse(reversal("referral:1", null));

        assertTrue(result.reversed());
        assertEquals(0, result.takenBack(), "the credit expired before the refund: nothing of it is left to reverse");
        assertEquals(0, result.shortfall());
        assertEquals(700, result.balance());
    }

    @Test
    void aReversalInTheCallersTransactionRollsBackWithIt() {
        wallet.credit(credit(1_000, "referral:1", null));
        try (Handle h = host.db.jdbi.open()) {
            h.begin();
            assertEquals(0, wallet.reverse(reversal("referral:1", h)).balance());
            h.rollback();
        }
        assertEquals(1_000, wallet.balance(1, 5));
        assertTrue(wallet.reverse(reversal("referral:1", null)).reversed(), "the first reversal rolled back: none happened");
    }

    @Test
    void onlyAnExistingCreditOfTheCallingPluginCanBeReversed() {
        wallet.credit(credit(1_000, "referral:1", null));
        gift(300, "gift:1");

        assertThrows(IllegalArgumentException.class, () -> wallet.reverse(reversal("referral:404", null)));
        assertThrows(IllegalArgumentException.class, () -> wallet.reverse(new WalletReversal(1, "referral:1", "x", "promo", null)));
        assertThrows(IllegalArgumentException.class, () -> wallet.reverse(new WalletReversal(1, "", "x", "referral", null)));
        assertThrows(IllegalArgumentException.class, () -> wallet.reverse(new WalletReversal(2, "referral:1", "x", "referral", null)));
        assertEquals(1_300, wallet.balance(1, 5));
    }

    private static WalletCredit credit(long amount, String key, Instant expiresAt) {
        return new WalletCredit(1, 5, amount, "Referral: Anna brought Maria", "referral", expiresAt, key, null);
    }

    private static WalletReversal reversal(String key, Handle h) {
        return new WalletReversal(1, key, "Referral reversed", "referral", h);
    }

    private void spend(long amount, String key) {
        host.db.jdbi.useTransaction(h -> new Ledger(h, host.clock.instant(), TEXTS)
                .debit(NewEntry.of(1, 5, Kind.REDEMPTION, amount, null, "spent", key)));
    }

    private void gift(long amount, String key) {
        host.db.jdbi.useTransaction(h -> new Ledger(h, host.clock.instant(), TEXTS)
                .credit(NewEntry.of(1, 5, Kind.GIFT, amount, null, "gift", key)));
    }

    private LedgerEntry entry(long id) {
        return host.db.jdbi.withHandle(h -> new LedgerStore(h).entry(1, id)).orElseThrow();
    }

    private int rows() {
        return host.db.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM bonus_ledger").mapTo(Integer.class).one());
    }
}
