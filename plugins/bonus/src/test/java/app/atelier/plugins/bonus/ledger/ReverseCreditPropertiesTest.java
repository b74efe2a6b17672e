package app.atelier.plugins.bonus.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.testing.FakeContext;
import app.atelier.plugins.bonus.testing.TestDb;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Taking back a credit on the real SQL: whatever the client spent before, the reversal takes
 * {@code min(credit, balance)}, the rest is the shortfall, the balance never goes below zero and
 * still equals what is left in the lots.
 */
class ReverseCreditPropertiesTest {
    private static final Texts TEXTS = Texts.of(FakeContext.bundle(Locale.ENGLISH), "RUB");
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Property(tries = 60)
    void aReversalTakesWhatIsThereAndNoMore(@ForAll @LongRange(min = 1, max = 50_000) long credit,
                                            @ForAll @Size(max = 4) List<@LongRange(min = 1, max = 30_000) Long> others,
                                            @ForAll @Size(max = 4) List<@LongRange(min = 1, max = 40_000) Long> spends,
                                            @ForAll @IntRange(min = 0, max = 4) int creditPosition) {
        try (TestDb db = TestDb.create()) {
            db.jdbi.useTransaction(h -> {
                Ledger ledger = new Ledger(h, NOW, TEXTS);
                long creditId = 0;
                for (int i = 0; i <= others.size(); i++) {
                    if (i == Math.min(creditPosition, others.size())) {
                        creditId = ledger.credit(NewEntry.of(1, 5, Kind.CREDIT, credit, null, "referral", "wallet:r")).entryId();
                    }
                    if (i < others.size()) {
                        ledger.credit(NewEntry.of(1, 5, Kind.GIFT, others.get(i), null, "gift", "gift:" + i));
                    }
                }
                for (int i = 0; i < spends.size(); i++) {
                    long spendable = ledger.spendable(1, 5);
                    if (spendable > 0) {
                        ledger.debit(NewEntry.of(1, 5, Kind.REDEMPTION, Math.min(spends.get(i), spendable), null, "spent", "spend:" + i));
                    }
                }
                long before = ledger.balance(1, 5);
                LedgerEntry entry = ledger.store().entry(1, creditId).orElseThrow();

                Ledger.Reversed r = ledger.reverseCredit(entry, NewEntry.of(1, 5, Kind.REVERSAL, credit, null, "back", "wallet-reversal:r"));

                assertEquals(credit, r.due());
                assertEquals(Math.min(credit, before), r.takenBack());
                assertEquals(credit - r.takenBack(), r.shortfall());
                long after = ledger.balance(1, 5);
                assertEquals(before - r.takenBack(), after);
                assertTrue(after >= 0);
                assertEquals(after, ledger.spendable(1, 5), "the balance is what the lots still hold");
            });
        }
    }
}
