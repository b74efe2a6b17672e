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
        List<Lot> ordered = preferring(preferredCreditId, store.lots(entry.salonId(), entry.clientId()));
        long amount = Math.min(entry.amount(), Fifo.available(ordered, now));
        if (amount == 0) {
            return Posting.nothing();
        }
        NewEntry actual = amount == entry.amount() ? entry
                : entry.withAmount(amount).withReason(entry.reason() + texts.shortfall(entry.amount() - amount));
        return write(actual, Fifo.plan(ordered, amount, now));
    }

    /**
     * What reversing a credit did.
     *
     * @param posting   the negative entry written ({@link Posting#nothing()} when nothing was left to take)
     * @param due       the credit's points that had not expired: what should come back
     * @param takenBack what did come back
     * @param shortfall {@code due - takenBack}: spent points the client could not cover
     */
    public record Reversed(Posting posting, long due, long takenBack, long shortfall) {
    }

    /**
     * Takes back an earlier credit (a positive entry): its points less those of it that expired,
     * from the credit's own lot first and then from the client's other lots oldest first, never
     * more than the client can spend. {@code entry} carries the client, kind, reason and dedup key of
     * the negative entry; its amount is replaced by what is taken, and its reason gets the shortfall
     * appended when some could not be taken. Not idempotent by itself beyond the entry's dedup key:
     * when nothing is left to take nothing is written, so the caller records the reversal.
     */
    public Reversed reverseCredit(LedgerEntry credit, NewEntry entry) {
        if (credit.amount() <= 0 || credit.clientId() != entry.clientId()) {
            throw new IllegalArgumentException("entry #" + credit.id() + " is not a credit of client " + entry.clientId());
        }
        expireClient(entry.salonId(), entry.clientId());
        long due = credit.amount() - store.expiredOf(entry.salonId(), credit.id());
        List<Lot> ordered = preferring(credit.id(), store.lots(entry.salonId(), entry.clientId()));
        long take = Math.min(due, Fifo.available(ordered, now));
        long shortfall = due - take;
        if (take == 0) {
            return new Reversed(Posting.nothing(), due, 0, shortfall);
        }
        NewEntry actual = entry.withAmount(take);
        if (shortfall > 0) {
            actual = actual.withReason(entry.reason() + texts.shortfall(shortfall));
        }
        return new Reversed(write(actual, Fifo.plan(ordered, take, now)), due, take, shortfall);
    }

    /** The lot {@code creditId} first, then the others in their order (oldest first). */
    private static List<Lot> preferring(long creditId, List<Lot> lots) {
        List<Lot> ordered = new ArrayList<>();
        List<Lot> others = new ArrayList<>();
        for (Lot lot : lots) {
            (lot.creditId() == creditId ? ordered : others).add(lot);
        }
        ordered.addAll(others);
        return ordered;
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
