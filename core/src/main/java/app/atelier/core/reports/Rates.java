package app.atelier.core.reports;

/** Shares as basis points (10 000 = 100 %) and averages, in whole numbers rounded half-up. */
public final class Rates {
    private Rates() {
    }

    /** {@code part / whole} in basis points, or {@code null} when there is no whole. */
    public static Integer bp(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return (int) divideHalfUp(part * 10_000L, whole);
    }

    /** {@code sum / count} rounded half-up to a whole minor unit, or {@code null} for no count. */
    public static Long average(long sum, long count) {
        return count <= 0 ? null : divideHalfUp(sum, count);
    }

    static long divideHalfUp(long a, long b) {
        long q = Math.floorDiv(a, b);
        long r = Math.floorMod(a, b);
        return 2 * r >= b ? q + 1 : q;
    }
}
