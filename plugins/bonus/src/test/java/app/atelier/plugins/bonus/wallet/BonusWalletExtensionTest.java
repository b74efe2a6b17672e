package app.atelier.plugins.bonus.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.bonus.WalletCredit;
import app.atelier.api.bonus.WalletEntry;
import app.atelier.plugins.bonus.ledger.LedgerStore;
import app.atelier.plugins.bonus.testing.FakeContext;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The BonusWallet as another plugin uses it: idempotent credits, in the caller's transaction or its own. */
class BonusWalletExtensionTest {
    private final FakeContext host = new FakeContext().client(5, null);
    private final BonusWalletExtension wallet = new BonusWalletExtension(host);

    @AfterEach
    void close() {
        host.db.close();
    }

    @Test
    void aCreditIsIdempotentPerDedupKey() {
        WalletEntry first = wallet.credit(credit(1_000, "referral:visit:42", null, null));
        WalletEntry again = wallet.credit(credit(5_000, "referral:visit:42", null, null));

        assertTrue(first.credited());
        assertEquals(1_000, first.balance());
        assertFalse(again.credited());
        assertEquals(first.entryId(), again.entryId());
        assertEquals(1_000, again.balance());
        assertEquals(1_000, wallet.balance(1, 5));
        assertEquals("credit", host.db.jdbi.withHandle(h -> new LedgerStore(h).entry(1, first.entryId())).orElseThrow().kind().key());
    }

    @Test
    void aCreditInTheCallersTransactionRollsBackWithIt() {
        try (Handle h = host.db.jdbi.open()) {
            h.begin();
            WalletEntry entry = wallet.credit(credit(700, "referral:visit:7", null, h));
            assertEquals(700, entry.balance(), "the balance is read in the caller's transaction");
            h.rollback();
        }
        assertEquals(0, wallet.balance(1, 5));
        WalletEntry later = wallet.credit(credit(700, "referral:visit:7", null, null));
        assertTrue(later.credited(), "the key was not used: the first credit rolled back");
    }

    @Test
    void pointsWithoutAnExpiryGetTheSalonsWalletLifetime() {
        host.settings.put("walletLifetimeDays", "10");
        WalletEntry defaulted = wallet.credit(credit(100, "a", null, null));
        Instant explicit = Instant.parse("2027-03-01T00:00:00Z");
        WalletEntry given = wallet.credit(credit(100, "b", explicit, null));
        host.settings.put("walletLifetimeDays", "0");
        WalletEntry forever = wallet.credit(credit(100, "c", null, null));

        Instant tenDays = ZonedDateTime.ofInstant(host.clock.instant(), FakeContext.SALON.zone()).plusDays(10).toInstant();
        assertEquals(tenDays, expiry(defaulted));
        assertEquals(explicit, expiry(given));
        assertNull(expiry(forever));
    }

    @Test
    void badCreditsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> wallet.credit(credit(0, "x", null, null)));
        assertThrows(IllegalArgumentException.class, () -> wallet.credit(credit(10, "", null, null)));
        assertThrows(IllegalArgumentException.class, () -> wallet.credit(new WalletCredit(1, 99, 10, "r", "referral", null, "y", null)));
        assertThrows(IllegalArgumentException.class, () -> wallet.credit(new WalletCredit(2, 5, 10, "r", "referral", null, "z", null)));
        assertEquals(0, wallet.balance(1, 5));
    }

    private Instant expiry(WalletEntry entry) {
        return host.db.jdbi.withHandle(h -> new LedgerStore(h).entry(1, entry.entryId())).orElseThrow().expiresAt();
    }

    private static WalletCredit credit(long amount, String key, Instant expiresAt, Handle h) {
        return new WalletCredit(1, 5, amount, "Referral: Anna brought Maria", "referral", expiresAt, key, h);
    }
}
