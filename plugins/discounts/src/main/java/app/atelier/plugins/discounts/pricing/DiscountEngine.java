package app.atelier.plugins.discounts.pricing;

import app.atelier.api.Money;
import app.atelier.api.pricing.Adjustment;
import app.atelier.api.pricing.BillLine;
import app.atelier.plugins.discounts.manual.ManualRequest;
import app.atelier.plugins.discounts.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices a bill's discounts: a pure function of the rules, the personal and manual discounts, the
 * visit and the client. It reads nothing and writes nothing, so a quote can run it as often as it likes
 * and the property tests can run it a thousand times.
 */
public final class DiscountEngine {
    /** The plugin id the adjustments carry (the host sets it too). */
    public static final String PLUGIN = "discounts";
    public static final String RULE_KIND = "discount";
    public static final String PERSONAL_KIND = "personal_discount";
    public static final String MANUAL_KIND = "manual_discount";

    private DiscountEngine() {
    }

    /**
     * The adjustments (negative amounts, in bill order) and the notes.
     *
     * @param adjustments what the bill gets
     * @param notes       for the person at the till: refusals and trims always, and with
     *                    {@code explain} why every other rule did not apply
     */
    public record Result(List<Adjustment> adjustments, List<String> notes) {
        /** The total discount, positive. */
        public long total() {
            return -adjustments.stream().mapToLong(Adjustment::amount).sum();
        }
    }

    public static Result price(EngineInput in) {
        Occasion visit = in.visit();
        List<String> notes = new ArrayList<>();
        List<String> whyNot = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : in.rules()) {
            Verdict v = Eligibility.check(rule, visit, in.client());
            if (!v.holds()) {
                whyNot.add(rule.name() + ": " + v.whyNot());
                continue;
            }
            long amount = RuleAmount.of(rule.kind(), v.value(), rule.target(), visit.lines());
            if (amount < 0) {
                whyNot.add(rule.name() + ": " + rule.target().nothingMatches());
            } else if (amount == 0) {
                whyNot.add(rule.name() + ": comes to nothing on this bill");
            } else {
                candidates.add(new Candidate(rule.name(), RULE_KIND, amount, rule.combines()));
            }
        }
        if (in.personal() != null) {
            long amount = wholeBillPercent(visit.lines(), in.personal().percent());
            if (amount > 0) {
                candidates.add(new Candidate(in.personal().label(), PERSONAL_KIND, amount, in.personalCombines()));
            } else {
                whyNot.add(in.personal().label() + ": comes to nothing on this bill");
            }
        }
        Candidate manual = manual(in.manual(), visit, notes);
        Stacking.Outcome stacked = Stacking.stack(candidates, manual, visit.subtotal(), in.capBasisPoints(), visit.limit(),
                visit.currency());
        notes.addAll(stacked.trimmed());
        if (in.explain()) {
            notes.addAll(whyNot);
            notes.addAll(stacked.outbid());
        }
        List<Adjustment> adjustments = stacked.applied().stream()
                .map(a -> new Adjustment(PLUGIN, a.candidate().kind(), -a.amount(), a.candidate().label())).toList();
        return new Result(adjustments, notes);
    }

    private static Candidate manual(ManualRequest.Decision decision, Occasion visit, List<String> notes) {
        if (decision == null || decision.request() == null) {
            if (decision != null && decision.refusal() != null) {
                notes.add(decision.refusal());
            }
            return null;
        }
        ManualRequest m = decision.request();
        long amount = m.percent() != null ? wholeBillPercent(visit.lines(), m.percent()) : Math.min(m.amount(), visit.subtotal());
        if (amount <= 0) {
            notes.add("Manual discount not given: it comes to nothing on this bill");
            return null;
        }
        String label = m.percent() != null ? "Manual discount −" + Texts.percent(m.percent()) : "Manual discount";
        return new Candidate(label, MANUAL_KIND, amount, true);
    }

    /** A percent of every line, each rounded half-up. */
    static long wholeBillPercent(List<BillLine> lines, long basisPoints) {
        long sum = 0;
        for (BillLine line : lines) {
            sum = Math.addExact(sum, Money.percentOf(line.amount(), basisPoints));
        }
        return Math.max(0, sum);
    }
}
