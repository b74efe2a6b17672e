package app.atelier.plugins.bonus.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.api.bonus.ExpiringPoints;
import app.atelier.api.bonus.WalletCredit;
import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.ledger.Kind;
import app.atelier.plugins.bonus.ledger.Ledger;
import app.atelier.plugins.bonus.ledger.NewEntry;
import app.atelier.plugins.bonus.testing.FakeContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code BonusWallet.expiring}: unspent points per client and expiry moment, in {@code [from, to)}. */
class WalletExpiringTest {
    private final FakeContext host = new FakeContext().client(5, null).client(6, null).client(7, null);
    private final BonusWalletExtension wallet = new BonusWalletExtension(host);
    private final Instant now = host.clock.instant();
    private final Instant in3Days = now.plus(Duration.ofDays(3));
    private final Instant in5Days = now.plus(Duration.ofDays(5));
    private final Instant in10Days = now.plus(Duration.ofDays(10));

    @AfterEach
    void close() {
        host.db.close();
    }

    @Test
    void lotsAreSummedPerClientAndExpiryLessWhatWasSpent() {
        credit(5, 300, in3Days, "a");
        credit(5, 200, in3Days, "b");
        credit(5, 100, in5Days, "c");
        credit(6, 50, in3Days, "d");
        credit(7, 70, null, "never");                 // no expiry: never "expiring"
        spend(5, 250);                                 // oldest lot first: 250 of lot "a"

        List<ExpiringPoints> all = wallet.expiring(1, now, in10Days);

        assertEquals(List.of(new ExpiringPoints(5, 250, in3Days), new ExpiringPoints(6, 50, in3Days),
                new ExpiringPoints(5, 100, in5Days)), all);
    }

    @Test
    void theWindowIncludesFromAndExcludesTo() {
        credit(5, 300, in3Days, "a");
        credit(5, 100, in5Days, "c");

        assertEquals(List.of(new ExpiringPoints(5, 300, in3Days)), wallet.expiring(1, in3Days, in5Days));
        assertEquals(List.of(new ExpiringPoints(5, 100, in5Days)), wallet.expiring(1, in3Days.plusMillis(1), in10Days));
        assertEquals(List.of(), wallet.expiring(1, in5Days, in3Days), "an empty window");
        assertEquals(List.of(), wallet.expiring(2, now, in10Days), "another salon's points are not seen");
    }

    @Test
    void fullySpentAndAlreadyExpiredLotsAreLeftOut() {
        credit(5, 300, in3Days, "a");
        credit(6, 40, in5Days, "b");
        spend(5, 300);
        host.clock.advance(Duration.ofDays(6));        // client 6's lot is past its expiry, not written off yet

        assertEquals(List.of(), wallet.expiring(1, now, in10Days));
    }

    private void credit(long clientId, long amount, Instant expiresAt, String key) {
        if (expiresAt == null) {
            host.settings.put("walletLifetimeDays", "0");
        }
        wallet.credit(new WalletCredit(1, clientId, amount, "test", "test", expiresAt, key, null));
    }

    private void spend(long clientId, long amount) {
        host.db.jdbi.useTransaction(h -> new Ledger(h, host.clock.instant(), Texts.of(FakeContext.bundle(Locale.ENGLISH), "RUB"))
                .debit(NewEntry.of(1, clientId, Kind.REDEMPTION, amount, null, "spent", "spend:" + clientId + ":" + amount)));
    }
}
