package app.atelier.plugins.bonus.checkout;

/**
 * How many points pay a bill, pure: what the client asked for, capped by what they can spend and by
 * a share of the bill (rounded down, so the share is never exceeded by a rounding).
 *
 * @param amount    the points to redeem, minor units
 * @param shareCap  the most the share rule allows
 * @param byShare   the share rule cut the request
 * @param byBalance the client's points cut the request
 */
public record Redemption(long amount, long shareCap, boolean byShare, boolean byBalance) {

    /**
     * @param requested    points asked for, ≥ 0
     * @param spendable    points the client can spend, ≥ 0
     * @param runningTotal the bill so far
     * @param maxBasisPoints the share of the bill points may pay, 0…10 000
     */
    public static Redemption decide(long requested, long spendable, long runningTotal, long maxBasisPoints) {
        long total = Math.max(0, runningTotal);
        long shareCap = Math.multiplyExact(total, Math.max(0, Math.min(10_000, maxBasisPoints))) / 10_000;
        long wanted = Math.max(0, requested);
        long amount = Math.min(wanted, Math.min(Math.max(0, spendable), shareCap));
        return new Redemption(amount, shareCap, shareCap < wanted, spendable < wanted);
    }
}
