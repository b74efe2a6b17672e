package app.atelier.plugins.bonus.checkout;

import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.ledger.Kind;
import app.atelier.plugins.bonus.ledger.Ledger;
import app.atelier.plugins.bonus.ledger.LedgerEntry;
import app.atelier.plugins.bonus.ledger.LedgerStore;
import app.atelier.plugins.bonus.ledger.NewEntry;
import app.atelier.plugins.bonus.ledger.Posting;
import app.atelier.plugins.bonus.ledger.Take;

/**
 * Reverses a refunded visit by appending {@code reversal} entries, never by changing old ones.
 *
 * <p>First the redeemed points come back, lot by lot with each lot's own expiry (as if they had
 * not been spent); then each accrual of the visit is taken back, from its own lot first and then
 * oldest first, but never below zero: points of the accrual the client already spent elsewhere
 * stay spent, and the entry's reason says how much could not be taken back.
 */
final class Reversal {
    private final Ledger ledger;
    private final LedgerStore store;
    private final Texts texts;
    private final String source;

    Reversal(Ledger ledger, Texts texts, String source) {
        this.ledger = ledger;
        this.store = ledger.store();
        this.texts = texts;
        this.source = source;
    }

    /**
     * What a reversal moved.
     *
     * @param returned  redeemed points given back
     * @param takenBack accrued points taken back
     */
    record Outcome(long returned, long takenBack) {
    }

    Outcome reverse(long salonId, long clientId, long visitId, Long userId) {
        long returned = 0;
        long takenBack = 0;
        var entries = store.ofVisit(salonId, visitId).stream().filter(e -> e.clientId() == clientId).toList();
        for (LedgerEntry e : entries) {
            if (e.kind() != Kind.REDEMPTION || !source.equals(e.source())) {
                continue;
            }
            for (Take t : store.consumedBy(salonId, e.id())) {
                var lot = store.entry(salonId, t.creditId()).orElseThrow();
                returned += ledger.credit(new NewEntry(salonId, clientId, Kind.REVERSAL, t.amount(), lot.expiresAt(), lot.programId(),
                        visitId, null, texts.returned(visitId), source, "refund:visit:" + visitId + ":return:" + t.creditId(),
                        userId)).amount();
            }
        }
        for (LedgerEntry e : entries) {
            if (e.kind() != Kind.ACCRUAL || !source.equals(e.source())) {
                continue;
            }
            Posting p = ledger.takeBack(new NewEntry(salonId, clientId, Kind.REVERSAL, e.amount(), null, e.programId(), visitId, null,
                    texts.takenBack(visitId), source, "refund:visit:" + visitId + ":accrual:" + e.id(), userId), e.id());
            takenBack -= p.amount();
        }
        return new Outcome(returned, takenBack);
    }
}
