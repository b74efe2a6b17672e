package app.atelier.plugins.bonus.program;

/**
 * A level of a program: from {@code minSpent} of money paid over all time, the program accrues
 * {@code accrualBasisPoints} of what a visit earns.
 *
 * @param name               e.g. "Silver"
 * @param minSpent           money paid over all time from which the tier applies, minor units
 * @param accrualBasisPoints cashback share, basis points (500 = 5 %)
 */
public record Tier(String name, long minSpent, long accrualBasisPoints) {
}
