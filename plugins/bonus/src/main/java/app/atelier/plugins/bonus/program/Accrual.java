package app.atelier.plugins.bonus.program;

import app.atelier.api.Money;
import app.atelier.api.checkout.Bill;
import app.atelier.api.pricing.BillLine;
import java.math.BigInteger;

/**
 * How many points a program accrues for a bill, pure.
 *
 * <p>The base is the money actually paid, never the part paid with points: {@code min(paid, total)}
 * (the total is already net of the redemption), shared out over the lines by their amounts and
 * kept for the earning lines only (rounded down: points are never given on money not paid). The
 * points are the tier's share of the base, rounded half-up. The tier comes from money paid before
 * this visit, so the visit that crosses a threshold still earns at the old rate.
 */
public final class Accrual {
    private Accrual() {
    }

    /**
     * What a program gives for a bill.
     *
     * @param base        the money the accrual is a share of, minor units
     * @param basisPoints the tier's share
     * @param points      the points, minor units
     * @param tier        the tier applied, or {@code null} when below every tier
     */
    public record Result(long base, long basisPoints, long points, Tier tier) {
        static final Result NONE = new Result(0, 0, 0, null);
    }

    /**
     * @param program     the program
     * @param spentBefore money the client paid before this visit, minor units
     * @param bill        the final bill
     * @param paid        what the client paid at checkout, minor units
     * @param billBeforePoints the bill's total before the points redemption, for the minimum bill
     */
    public static Result of(Program program, long spentBefore, Bill bill, long paid, long billBeforePoints) {
        if (billBeforePoints < program.minBill() || billBeforePoints <= 0) {
            return Result.NONE;
        }
        Tier tier = program.tierFor(spentBefore).orElse(null);
        if (tier == null) {
            return Result.NONE;
        }
        long earningLines = bill.lines().stream().filter(program.earning()::earns).mapToLong(BillLine::amount).sum();
        long base = share(Math.max(0, Math.min(paid, bill.total())), earningLines, bill.subtotal());
        return new Result(base, tier.accrualBasisPoints(), Money.percentOf(base, tier.accrualBasisPoints()), tier);
    }

    /** {@code amount × part / whole}, rounded down; 0 when the whole is 0. */
    static long share(long amount, long part, long whole) {
        if (whole <= 0 || part <= 0 || amount <= 0) {
            return 0;
        }
        if (part >= whole) {
            return amount;
        }
        // the product can pass Long.MAX_VALUE for large bills: exact integer arithmetic, no double
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(part)).divide(BigInteger.valueOf(whole)).longValueExact();
    }
}
