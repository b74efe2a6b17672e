package app.atelier.plugins.bonus.wallet;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.bonus.BonusWallet;
import app.atelier.api.bonus.ExpiringPoints;
import app.atelier.api.bonus.ReversalResult;
import app.atelier.api.bonus.WalletCredit;
import app.atelier.api.bonus.WalletEntry;
import app.atelier.api.bonus.WalletReversal;
import app.atelier.plugins.bonus.BonusSettings;
import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.ledger.Kind;
import app.atelier.plugins.bonus.ledger.Ledger;
import app.atelier.plugins.bonus.ledger.LedgerEntry;
import app.atelier.plugins.bonus.ledger.LedgerStore;
import app.atelier.plugins.bonus.ledger.NewEntry;
import app.atelier.plugins.bonus.ledger.Posting;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.pf4j.Extension;

/**
 * The {@link BonusWallet} other plugins credit through (referral rewards): a {@code credit} entry
 * written in the caller's transaction when it gives one (a checkout's), else in a transaction of
 * its own; idempotent per dedup key. Points without an expiry of their own get the salon's
 * {@code walletLifetimeDays}.
 *
 * <p>{@link #reverse} takes a credit back with a {@code reversal} entry (dedup key
 * {@code wallet-reversal:<key>}) and a {@code bonus_wallet_reversal} row, which also stands for a
 * reversal that found nothing to take, so that a credit is reversed at most once.
 *
 * <p>Inside a checkout, read the balance from the returned {@link WalletEntry}: {@link #balance}
 * opens its own connection, which would wait for the checkout's writer.
 */
@Extension
public final class BonusWalletExtension implements BonusWallet {
    private final PluginContext context;

    public BonusWalletExtension(PluginContext context) {
        this.context = context;
    }

    @Override
    public WalletEntry credit(WalletCredit credit) {
        if (credit.amount() <= 0) {
            throw new IllegalArgumentException("a wallet credit must be positive, got " + credit.amount());
        }
        if (credit.dedupKey() == null || credit.dedupKey().isBlank() || credit.dedupKey().length() > 200) {
            throw new IllegalArgumentException("a wallet credit needs a dedup key of 1-200 characters");
        }
        Salon salon = context.salonData().salon(credit.salonId())
                .orElseThrow(() -> new IllegalArgumentException("no salon " + credit.salonId()));
        if (context.salonData().client(salon.id(), credit.clientId()).isEmpty()) {
            throw new IllegalArgumentException("salon " + salon.id() + " has no client " + credit.clientId());
        }
        Instant now = context.clock().instant();
        Instant expiresAt = credit.expiresAt() != null ? credit.expiresAt() : defaultExpiry(salon, now);
        NewEntry entry = new NewEntry(salon.id(), credit.clientId(), Kind.CREDIT, credit.amount(), expiresAt, null, null, null,
                credit.reason() == null || credit.reason().isBlank() ? "Credit from " + credit.source() : credit.reason(),
                credit.source() == null ? "unknown" : credit.source(), "wallet:" + credit.dedupKey(), null);
        if (credit.handle() != null) {
            return write(credit.handle(), salon, entry, now);
        }
        return context.database().inTransaction(h -> write(h, salon, entry, now));
    }

    @Override
    public ReversalResult reverse(WalletReversal reversal) {
        if (reversal.dedupKey() == null || reversal.dedupKey().isBlank() || reversal.dedupKey().length() > 200) {
            throw new IllegalArgumentException("a wallet reversal needs the credit's dedup key of 1-200 characters");
        }
        if (reversal.source() == null || reversal.source().isBlank()) {
            throw new IllegalArgumentException("a wallet reversal needs the calling plugin's id as its source");
        }
        Salon salon = context.salonData().salon(reversal.salonId())
                .orElseThrow(() -> new IllegalArgumentException("no salon " + reversal.salonId()));
        Instant now = context.clock().instant();
        if (reversal.handle() != null) {
            return reverse(reversal.handle(), salon, reversal, now);
        }
        return context.database().inTransaction(h -> reverse(h, salon, reversal, now));
    }

    private ReversalResult reverse(Handle h, Salon salon, WalletReversal reversal, Instant now) {
        Texts texts = Texts.of(context, salon);
        Ledger ledger = new Ledger(h, now, texts);
        LedgerEntry credit = ledger.store().byDedup(salon.id(), "wallet:" + reversal.dedupKey()).filter(e -> e.kind() == Kind.CREDIT)
                .orElseThrow(() -> new IllegalArgumentException("salon " + salon.id() + " has no wallet credit with dedup key "
                        + reversal.dedupKey()));
        if (!credit.source().equals(reversal.source())) {
            throw new IllegalArgumentException("the wallet credit " + reversal.dedupKey() + " was made by " + credit.source()
                    + ", not by " + reversal.source());
        }
        ReversalStore reversals = new ReversalStore(h);
        var earlier = reversals.of(salon.id(), credit.id());
        if (earlier.isPresent()) {
            ReversalStore.Row row = earlier.get();
            return new ReversalResult(row.entryId() == null ? 0 : row.entryId(), false, row.takenBack(), row.shortfall(),
                    ledger.balance(salon.id(), credit.clientId()));
        }
        String reason = reversal.reason() == null || reversal.reason().isBlank() ? texts.walletReversed(credit.id()) : reversal.reason();
        NewEntry entry = new NewEntry(salon.id(), credit.clientId(), Kind.REVERSAL, credit.amount(), null, null, null, null, reason,
                reversal.source(), "wallet-reversal:" + reversal.dedupKey(), null);
        Ledger.Reversed done = ledger.reverseCredit(credit, entry);
        Long entryId = done.posting().posted() ? done.posting().entryId() : null;
        reversals.insert(salon.id(), credit.clientId(), credit.id(), entryId, done.takenBack(), done.shortfall(), reversal.source(), now);
        return new ReversalResult(entryId == null ? 0 : entryId, true, done.takenBack(), done.shortfall(),
                ledger.balance(salon.id(), credit.clientId()));
    }

    @Override
    public long balance(long salonId, long clientId) {
        return context.database().withHandle(h -> new LedgerStore(h).balance(salonId, clientId));
    }

    /**
     * Unspent points expiring in {@code [from, to)}, per client and expiry moment; points whose expiry
     * has already passed (but that the expiry task has not written off yet) are not "expiring" any
     * more and are left out. One query through the plugin's own connection.
     */
    @Override
    public List<ExpiringPoints> expiring(long salonId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return List.of();
        }
        Instant now = context.clock().instant();
        return context.database().withHandle(h -> new LedgerStore(h).expiringPerClient(salonId, from, to, now));
    }

    private WalletEntry write(Handle h, Salon salon, NewEntry entry, Instant now) {
        Ledger ledger = new Ledger(h, now, Texts.of(context, salon));
        Posting posting = ledger.credit(entry);
        return new WalletEntry(posting.entryId(), posting.posted(), ledger.balance(salon.id(), entry.clientId()));
    }

    private Instant defaultExpiry(Salon salon, Instant now) {
        int days = BonusSettings.of(context, salon.id()).walletLifetimeDays();
        return days == 0 ? null : now.atZone(salon.zone()).plusDays(days).toInstant();
    }

    @Override
    public long birthdayGift(long salonId, long clientId, int year) {
        // the birthday task writes one gift row per client and year under this dedup key
        return context.database().withHandle(h -> h.createQuery("""
                        SELECT coalesce(sum(amount), 0) FROM bonus_ledger
                        WHERE salon_id = :s AND client_id = :c AND dedup_key = :k""")
                .bind("s", salonId).bind("c", clientId).bind("k", "birthday:" + clientId + ":" + year)
                .mapTo(Long.class).one());
    }
}
