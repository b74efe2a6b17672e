package app.atelier.plugins.bonus.ledger;

import app.atelier.plugins.bonus.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The ledger's rules over one handle at one moment: credits add lots, debits consume the oldest
 * unexpired lots first, expiry consumes what is left of lots past their time. Every movement is
 * keyed: a repeated dedup key moves nothing and answers the earlier entry. Nothing is ever updated
 * or deleted, so the balance (the sum of a client's entries) always equals the points left in its
 * lots, and it never goes below zero because a debit takes only what its lots hold.
 */
public final class Ledger {
    private final LedgerStore store;
    private final Instant now;
    private final Texts texts;

    public Ledger(Handle h, Instant now, Texts texts) {
        this.store = new LedgerStore(h);
        this.now = now;
        this.texts = texts;
    }

    public LedgerStore store() {
        return store;
    }

    /** Adds a lot of {@code entry.amount()} points. */
    public Posting credit(NewEntry entry) {
        var earlier = store.byDedup(entry.salonId(), entry.dedupKey());
        if (earlier.isPresent()) {
            return Posting.replayed(earlier.get().id());
        }
        if (!store.insert(entry, entry.amount(), now)) {
            return Posting.replayed(idOf(entry));
        }
        return new Posting(idOf(entry), true, entry.amount());
    }

    /**
     * Takes exactly {@code entry.amount()} points, oldest lots first, after expiring the client's
     * overdue lots (so that a debit never spends expired points).
     *
     * @throws InsufficientPointsException when the client cannot spend that much
     */
    public Posting debit(NewEntry entry) {
        var earlier = store.byDedup(entry.salonId(), entry.dedupKey());
        if (earlier.isPresent()) {
            return Posting.replayed(earlier.get().id());
        }
        expireClient(entry.salonId(), entry.clientId());
        List<Take> takes = Fifo.plan(store.lots(entry.salonId(), entry.clientId()), entry.amount(), now);
        return write(entry, takes);
    }

    /**
     * Takes back up to {@code entry.amount()} points: first from the lot {@code preferredCreditId}
     * (the accrual being reversed), then oldest first; never more than the client can spend, so a
     * client who spent the points meanwhile keeps a zero balance rather than a debt.
     */
    public Posting takeBack(NewEntry entry, long preferredCreditId) {
        var earlier = store.byDedup(entry.salonId(), entry.dedupKey());
        if (earlier.isPresent()) {
            return Posting.replayed(earlier.get().id());
        }
        expireClient(entry.salonId(), entry.clientId());
        List<Lot> ordered = new ArrayList<>();
        List<Lot> others = new ArrayList<>();
        for (Lot lot : store.lots(entry.salonId(), entry.clientId())) {
            (lot.creditId() == preferredCreditId ? ordered : others).add(lot);
        }
        ordered.addAll(others);
        long amount = Math.min(entry.amount(), Fifo.available(ordered, now));
        if (amount == 0) {
            return Posting.nothing();
        }
        NewEntry actual = amount == entry.amount() ? entry
                : entry.withAmount(amount).withReason(entry.reason() + texts.shortfall(entry.amount() - amount));
        return write(actual, Fifo.plan(ordered, amount, now));
    }

    /** Expires every overdue lot of the salon, oldest first; returns how many lots expired. */
    public int expireDue(long salonId) {
        int expired = 0;
        for (LedgerStore.DueLot due : store.due(salonId, now)) {
            expired += expire(salonId, due.clientId(), due.lot()) ? 1 : 0;
        }
        return expired;
    }

    /** Expires the client's overdue lots, oldest first. */
    public int expireClient(long salonId, long clientId) {
        int expired = 0;
        for (Lot lot : Fifo.expired(store.lots(salonId, clientId), now)) {
            expired += expire(salonId, clientId, lot) ? 1 : 0;
        }
        return expired;
    }

    /** The sum of the client's entries. */
    public long balance(long salonId, long clientId) {
        return store.balance(salonId, clientId);
    }

    /** What the client can spend now: the balance less lots that are overdue but not yet expired. */
    public long spendable(long salonId, long clientId) {
        return Fifo.available(store.lots(salonId, clientId), now);
    }

    private boolean expire(long salonId, long clientId, Lot lot) {
        NewEntry entry = new NewEntry(salonId, clientId, Kind.EXPIRY, lot.remaining(), null, null, null, null,
                texts.expired(lot.creditId()), "bonus", "expiry:" + lot.creditId(), null);
        return write(entry, List.of(new Take(lot.creditId(), lot.remaining()))).posted();
    }

    private Posting write(NewEntry entry, List<Take> takes) {
        if (!store.insert(entry, -entry.amount(), now)) {
            return Posting.replayed(idOf(entry));
        }
        long id = idOf(entry);
        store.consume(entry.salonId(), id, takes);
        return new Posting(id, true, -entry.amount());
    }

    private long idOf(NewEntry entry) {
        return store.byDedup(entry.salonId(), entry.dedupKey()).orElseThrow().id();
    }
}
