package app.atelier.plugins.discounts.pricing;

import java.util.ArrayList;
import java.util.List;

/**
 * The stacking policy, as a pure function (see the package documentation of
 * {@code app.atelier.plugins.discounts}): every combining discount applies; of the non-combining
 * ones only the best for the client applies; the manual discount comes last; then the salon's cap
 * and what is left of the bill trim the discounts from the last one backwards.
 */
public final class Stacking {
    private Stacking() {
    }

    /**
     * A discount on the bill.
     *
     * @param candidate what held
     * @param amount    what it takes off after trimming, positive
     */
    public record Applied(Candidate candidate, long amount) {
    }

    /**
     * The stacked discounts in bill order, and the notes: {@code trimmed} always matter to the person
     * at the till, {@code outbid} only when they ask why a rule did not apply.
     */
    public record Outcome(List<Applied> applied, List<String> trimmed, List<String> outbid) {
        public long total() {
            return applied.stream().mapToLong(Applied::amount).sum();
        }
    }

    /** The most the salon allows off a subtotal: {@code capBasisPoints} of it, rounded down (in the salon's favour). */
    public static long cap(long subtotal, long capBasisPoints) {
        if (subtotal <= 0 || capBasisPoints <= 0) {
            return 0;
        }
        // split so that a huge subtotal cannot overflow: floor(s × c / 10000) exactly, for c ≤ 10000
        return subtotal / 10_000 * capBasisPoints + subtotal % 10_000 * capBasisPoints / 10_000;
    }

    /**
     * @param candidates the discounts that hold, in rule order, each with a positive amount
     * @param manual     the manual discount, or null
     * @param subtotal   the bill's subtotal (the base of the cap)
     * @param capBasisPoints the salon's cap on the total discount share
     * @param limit      what is left of the bill to discount
     */
    public static Outcome stack(List<Candidate> candidates, Candidate manual, long subtotal, long capBasisPoints, long limit,
                                String currency) {
        List<Candidate> ordered = new ArrayList<>();
        List<String> outbid = new ArrayList<>();
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.combines()) {
                ordered.add(c);
            } else if (best == null || c.amount() > best.amount()) {
                best = c;
            }
        }
        for (Candidate c : candidates) {
            if (!c.combines() && c != best) {
                outbid.add(c.label() + ": a better non-combining discount applied (" + best.label() + ")");
            }
        }
        if (best != null) {
            ordered.add(best);
        }
        if (manual != null) {
            ordered.add(manual);
        }
        long capAmount = cap(subtotal, capBasisPoints);
        long ceiling = Math.min(capAmount, Math.max(0, limit));
        String why = capAmount <= limit
                ? "the salon's cap of " + Texts.percent(capBasisPoints) + " of the bill (" + Texts.money(capAmount, currency) + ")"
                : "what is left of the bill";
        long[] amounts = ordered.stream().mapToLong(Candidate::amount).toArray();
        long excess = -ceiling;
        for (long a : amounts) {
            excess = Math.addExact(excess, a);
        }
        List<String> trimmed = new ArrayList<>();
        for (int i = amounts.length - 1; i >= 0 && excess > 0; i--) {
            long cut = Math.min(excess, amounts[i]);
            amounts[i] -= cut;
            excess -= cut;
            Candidate c = ordered.get(i);
            trimmed.add(0, amounts[i] == 0
                    ? c.label() + ": left out, " + why + " is reached"
                    : c.label() + ": cut from " + Texts.money(c.amount(), currency) + " to " + Texts.money(amounts[i], currency)
                    + " by " + why);
        }
        List<Applied> applied = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] > 0) {
                applied.add(new Applied(ordered.get(i), amounts[i]));
            }
        }
        return new Outcome(applied, trimmed, outbid);
    }
}
