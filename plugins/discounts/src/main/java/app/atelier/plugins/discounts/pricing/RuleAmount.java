package app.atelier.plugins.discounts.pricing;

import app.atelier.api.Money;
import app.atelier.api.pricing.BillLine;
import app.atelier.plugins.discounts.rules.DiscountKind;
import app.atelier.plugins.discounts.rules.Target;
import java.util.List;

/**
 * What a rule takes off a bill. A percent applies to each targeted line and is rounded half-up
 * there ({@link Money#percentOf}); the rule's amount is the sum of those lines. A fixed amount comes
 * off the targeted lines once per bill and never exceeds them.
 */
public final class RuleAmount {
    private RuleAmount() {
    }

    /** The discount, minor units, 0 or positive; -1 when no line is targeted. */
    public static long of(DiscountKind kind, long value, Target target, List<BillLine> lines) {
        long targeted = 0;
        long percent = 0;
        boolean any = false;
        for (BillLine line : lines) {
            if (target.matches(line)) {
                any = true;
                targeted = Math.addExact(targeted, line.amount());
                if (kind == DiscountKind.PERCENT) {
                    percent = Math.addExact(percent, Money.percentOf(line.amount(), value));
                }
            }
        }
        if (!any) {
            return -1;
        }
        long amount = kind == DiscountKind.PERCENT ? percent : Math.min(value, targeted);
        return Math.max(0, amount);
    }
}
