package app.atelier.plugins.bonus.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.testing.FakeContext;
import app.atelier.plugins.bonus.testing.TestDb;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The ledger's invariants on its real SQL (SQLite, the plugin's migration), against a plain model
 * of lots: random credits, debits, take-backs, expiries, replays and clock moves, each in its own
 * transaction as in production.
 */
class LedgerPropertiesTest {
    private static final long SALON = 1;
    private static final Texts TEXTS = Texts.of(FakeContext.bundle(Locale.ENGLISH), "RUB");
    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    sealed interface Op permits Credit, Debit, TakeBack, Advance, ExpireDue, Replay {
    }

    record Credit(int client, long amount, Integer lifetimeHours) implements Op {
    }

    record Debit(int client, long amount) implements Op {
    }

    record TakeBack(int client, long amount, int preferred) implements Op {
    }

    record Advance(int hours) implements Op {
    }

    record ExpireDue() implements Op {
    }

    record Replay(int which, long amount) implements Op {
    }

    /** One lot of the model: the real entry id, its client, what is left, when it expires. */
    static final class ModelLot {
        final long id;
        final int client;
        long remaining;
        final Instant expiresAt;

        ModelLot(long id, int client, long remaining, Instant expiresAt) {
            this.id = id;
            this.client = client;
            this.remaining = remaining;
            this.expiresAt = expiresAt;
        }

        boolean expired(Instant now) {
            return expiresAt != null && !expiresAt.isAfter(now);
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> client = Arbitraries.integers().between(1, 2);
        Arbitrary<Op> credit = Combinators.combine(client, Arbitraries.longs().between(1, 5_000),
                Arbitraries.integers().between(1, 300).injectNull(0.4)).as(Credit::new);
        Arbitrary<Op> debit = Combinators.combine(client, Arbitraries.longs().between(1, 8_000)).as(Debit::new);
        Arbitrary<Op> takeBack = Combinators.combine(client, Arbitraries.longs().between(1, 4_000), Arbitraries.integers().between(0, 30))
                .as(TakeBack::new);
        Arbitrary<Op> advance = Arbitraries.integers().between(1, 120).map(Advance::new);
        Arbitrary<Op> expire = Arbitraries.just(new ExpireDue());
        Arbitrary<Op> replay = Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.longs().between(1, 9_000))
                .as(Replay::new);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, credit), net.jqwik.api.Tuple.of(4, debit), net.jqwik.api.Tuple.of(1, takeBack),
                        net.jqwik.api.Tuple.of(3, advance), net.jqwik.api.Tuple.of(1, expire), net.jqwik.api.Tuple.of(2, replay))
                .list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 150)
    void balanceIsTheSumOfTheLedgerNeverNegativeAndSpendsOldestFirst(@ForAll("operations") List<Op> ops) {
        try (TestDb db = TestDb.create()) {
            List<ModelLot> model = new ArrayList<>();
            List<String> creditKeys = new ArrayList<>();
            Instant now = START;
            int n = 0;
            for (Op op : ops) {
                n++;
                Instant at = now;
                String key = "op:" + n;
                if (op instanceof Advance a) {
                    now = now.plus(Duration.ofHours(a.hours()));
                } else if (op instanceof Credit c) {
                    Instant exp = c.lifetimeHours() == null ? null : at.plus(Duration.ofHours(c.lifetimeHours()));
                    Posting p = db.jdbi.inTransaction(h -> new Ledger(h, at, TEXTS).credit(
                            NewEntry.of(SALON, c.client(), Kind.GIFT, c.amount(), exp, "gift", key)));
                    assertTrue(p.posted());
                    model.add(new ModelLot(p.entryId(), c.client(), c.amount(), exp));
                    creditKeys.add(key + ":" + c.client());
                } else if (op instanceof Replay r) {
                    if (creditKeys.isEmpty()) {
                        continue;
                    }
                    String earlier = creditKeys.get(r.which() % creditKeys.size());
                    int client = Integer.parseInt(earlier.substring(earlier.lastIndexOf(':') + 1));
                    String dedup = earlier.substring(0, earlier.lastIndexOf(':'));
                    long before = balance(db, client);
                    Posting p = db.jdbi.inTransaction(h -> new Ledger(h, at, TEXTS).credit(
                            NewEntry.of(SALON, client, Kind.GIFT, r.amount(), null, "again", dedup)));
                    assertFalse(p.posted(), "a replayed dedup key posts nothing");
                    assertEquals(0, p.amount());
                    assertEquals(before, balance(db, client), "a replayed dedup key moves nothing");
                } else if (op instanceof Debit d) {
                    long spendable = spendable(model, d.client(), at);
                    if (d.amount() > spendable) {
                        assertThrows(InsufficientPointsException.class, () -> db.jdbi.useTransaction(h -> new Ledger(h, at, TEXTS)
                                .debit(NewEntry.of(SALON, d.client(), Kind.REDEMPTION, d.amount(), null, "pay", key))));
                    } else {
                        db.jdbi.useTransaction(h -> new Ledger(h, at, TEXTS)
                                .debit(NewEntry.of(SALON, d.client(), Kind.REDEMPTION, d.amount(), null, "pay", key)));
                        expireModel(model, d.client(), at);
                        consumeModel(model, d.client(), d.amount(), null);
                    }
                } else if (op instanceof TakeBack t) {
                    List<ModelLot> own = model.stream().filter(l -> l.client == t.client()).toList();
                    long preferred = own.isEmpty() ? -1 : own.get(t.preferred() % own.size()).id;
                    Posting p = db.jdbi.inTransaction(h -> new Ledger(h, at, TEXTS).takeBack(
                            NewEntry.of(SALON, t.client(), Kind.REVERSAL, t.amount(), null, "back", key), preferred));
                    expireModel(model, t.client(), at);
                    long taken = Math.min(t.amount(), spendable(model, t.client(), at));
                    assertEquals(-taken, p.amount(), "takes back what it can, never more");
                    if (taken > 0) {
                        consumeModel(model, t.client(), taken, preferred);
                    }
                } else if (op instanceof ExpireDue e) {
                    db.jdbi.useTransaction(h -> new Ledger(h, at, TEXTS).expireDue(SALON));
                    model.stream().filter(l -> l.expired(at)).forEach(l -> l.remaining = 0);
                }
                for (int client = 1; client <= 2; client++) {
                    check(db, model, client);
                }
            }
        }
    }

    @Property(tries = 200)
    void aReplayedAccrualMovesNothing(@ForAll @LongRange(min = 1, max = 1_000_000) long first,
                                      @ForAll @LongRange(min = 1, max = 1_000_000) long second,
                                      @ForAll @IntRange(min = 1, max = 5) int replays) {
        try (TestDb db = TestDb.create()) {
            String key = "accrual:visit:42:program:1";
            Posting posted = db.jdbi.inTransaction(h -> new Ledger(h, START, TEXTS).credit(
                    NewEntry.of(SALON, 7, Kind.ACCRUAL, first, null, "cashback", key)));
            for (int i = 0; i < replays; i++) {
                Posting again = db.jdbi.inTransaction(h -> new Ledger(h, START, TEXTS).credit(
                        NewEntry.of(SALON, 7, Kind.ACCRUAL, second, null, "cashback", key)));
                assertFalse(again.posted());
                assertEquals(posted.entryId(), again.entryId(), "answers the first entry");
            }
            assertEquals(first, balance(db, 7));
            int rows = db.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM bonus_ledger").mapTo(Integer.class).one());
            assertEquals(1, rows);
        }
    }

    @Property(tries = 300)
    void fifoPlanTakesTheOldestUnexpiredLotsFirst(@ForAll @Size(max = 12) List<@LongRange(min = 1, max = 1000) Long> amounts,
                                                  @ForAll @Size(max = 12) List<Boolean> expired,
                                                  @ForAll @LongRange(min = 1, max = 8000) long wanted) {
        List<Lot> lots = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            boolean gone = i < expired.size() && expired.get(i);
            lots.add(new Lot(i + 1, amounts.get(i), gone ? START.minusSeconds(1) : null));
        }
        long available = Fifo.available(lots, START);
        if (wanted > available) {
            assertThrows(InsufficientPointsException.class, () -> Fifo.plan(lots, wanted, START));
            return;
        }
        List<Take> takes = Fifo.plan(lots, wanted, START);
        assertEquals(wanted, takes.stream().mapToLong(Take::amount).sum());
        List<Lot> spendable = lots.stream().filter(l -> !l.expiredAt(START)).toList();
        for (int i = 0; i < takes.size(); i++) {
            assertEquals(spendable.get(i).creditId(), takes.get(i).creditId(), "oldest unexpired lot first");
            if (i < takes.size() - 1) {
                assertEquals(spendable.get(i).remaining(), takes.get(i).amount(), "a lot is emptied before the next is touched");
            }
        }
    }

    private static void check(TestDb db, List<ModelLot> model, int client) {
        long balance = balance(db, client);
        long sumOfRows = db.jdbi.withHandle(h -> h.createQuery(
                        "SELECT COALESCE(SUM(amount), 0) FROM bonus_ledger WHERE salon_id = 1 AND client_id = :c")
                .bind("c", client).mapTo(Long.class).one());
        List<Lot> lots = db.jdbi.withHandle(h -> new LedgerStore(h).lots(SALON, client));
        long inLots = lots.stream().mapToLong(Lot::remaining).sum();
        long modelled = model.stream().filter(l -> l.client == client).mapToLong(l -> l.remaining).sum();
        assertEquals(sumOfRows, balance, "the balance is the sum of the ledger");
        assertEquals(balance, inLots, "what the lots hold is the balance");
        assertTrue(balance >= 0, "never below zero: " + balance);
        assertEquals(modelled, balance, "the model (oldest first) agrees");
        for (Lot lot : lots) {
            ModelLot m = model.stream().filter(l -> l.id == lot.creditId()).findFirst().orElseThrow();
            assertEquals(m.remaining, lot.remaining(), "lot " + lot.creditId() + " holds what oldest-first leaves in it");
        }
    }

    private static long balance(TestDb db, int client) {
        return db.jdbi.withHandle(h -> new LedgerStore(h).balance(SALON, client));
    }

    private static long spendable(List<ModelLot> model, int client, Instant now) {
        return model.stream().filter(l -> l.client == client && !l.expired(now)).mapToLong(l -> l.remaining).sum();
    }

    private static void expireModel(List<ModelLot> model, int client, Instant now) {
        model.stream().filter(l -> l.client == client && l.expired(now)).forEach(l -> l.remaining = 0);
    }

    private static void consumeModel(List<ModelLot> model, int client, long amount, Long preferred) {
        long left = amount;
        List<ModelLot> order = new ArrayList<>(model.stream().filter(l -> l.client == client && preferred != null && l.id == preferred).toList());
        order.addAll(model.stream().filter(l -> l.client == client && (preferred == null || l.id != preferred)).toList());
        for (ModelLot l : order) {
            long take = Math.min(left, l.remaining);
            l.remaining -= take;
            left -= take;
        }
        assertEquals(0, left);
    }
}
