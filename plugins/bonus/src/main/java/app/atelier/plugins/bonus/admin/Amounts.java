package app.atelier.plugins.bonus.admin;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a person typed into a money or percent field, in the units the plugin keeps: major units
 * ({@code 1 500,50}) as minor units ({@code 150050}), a percent ({@code 5.5}) as basis points
 * ({@code 550}). Exact: a value written with more decimals than the unit holds is refused, never
 * rounded or guessed at;
 * whether the value is allowed (sign, limits) is for the program's own checks to say.
 */
final class Amounts {
    private Amounts() {
    }

    /** Minor units of an amount typed in major units; empty when it is not such an amount. */
    static Optional<Long> minor(String typed, int fractionDigits) {
        return scaled(typed, fractionDigits);
    }

    /** Basis points of a typed percent; empty when it is not a percent with at most two decimals. */
    static Optional<Long> basisPoints(String typed) {
        return scaled(typed, 2);
    }

    private static Optional<Long> scaled(String typed, int digits) {
        // people write 1 500,50 or 1500.50; spaces (also no-break ones) group thousands
        String clean = typed.strip().replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (!clean.matches("-?\\d{1,15}(\\.\\d+)?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(clean);
        // more decimals than the unit has, even zeros: "1.500" may well mean a thousand and five hundred
        if (value.scale() > digits) {
            return Optional.empty();
        }
        return Optional.of(value.movePointRight(digits).longValueExact());
    }
}
