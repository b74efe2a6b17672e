package app.atelier.api;

import java.util.Objects;

/**
 * An amount of money in minor units (cents, kopecks) of an ISO 4217 currency.
 *
 * <p>Money is never a floating point number in Atelier. Percentages are basis points
 * (1 % = 100 bp) and {@link #percent(long)} rounds half-up to the minor unit.
 *
 * @param minor    the amount in minor units, may be negative (a discount line)
 * @param currency ISO 4217 code, e.g. {@code "RUB"} or {@code "EUR"}
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record Money(long minor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    /** Sum of two amounts of the same currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    /** Difference of two amounts of the same currency. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    /**
     * The given share of this amount, rounded half-up (away from zero) to the minor unit.
     *
     * @param basisPoints share in basis points: 1000 is 10 %
     */
    public Money percent(long basisPoints) {
        return new Money(percentOf(minor, basisPoints), currency);
    }

    /** The share of {@code minor} given in basis points, rounded half-up to the minor unit. */
    public static long percentOf(long minor, long basisPoints) {
        long product = Math.multiplyExact(minor, basisPoints);
        long quotient = product / 10_000;
        long remainder = Math.abs(product % 10_000);
        if (remainder >= 5_000) {
            quotient += Long.signum(product);
        }
        return quotient;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }
}
