package app.atelier.plugins.bonus.program;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A bonus program of a salon: a permanent one, or a promotion with its own dates.
 *
 * @param id           its id
 * @param name         what the ledger and the client see
 * @param kind         {@code permanent} or {@code promo}
 * @param startsOn     a promotion's first day (salon-local), {@code null} for a permanent program
 * @param endsOn       a promotion's last day (inclusive), {@code null} for a permanent program
 * @param tiers        levels by money paid over all time, ascending by {@code minSpent}
 * @param minBill      no accrual for a bill below this, minor units
 * @param earning      which lines earn
 * @param lifetimeDays points it accrues expire this many days later, {@code null} for never
 * @param enabled      switched on
 * @param updatedAt    last change
 */
public record Program(long id, String name, String kind, LocalDate startsOn, LocalDate endsOn, List<Tier> tiers, long minBill,
                      Earning earning, Integer lifetimeDays, boolean enabled, Instant updatedAt) {
    public static final String PERMANENT = "permanent";
    public static final String PROMO = "promo";

    public Program {
        tiers = tiers.stream().sorted(Comparator.comparingLong(Tier::minSpent)).toList();
    }

    /** Whether the program accrues on this salon-local day. */
    public boolean runsOn(LocalDate day) {
        if (!enabled) {
            return false;
        }
        return PERMANENT.equals(kind) || !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** The tier for money paid over all time: the highest whose threshold is reached. */
    public Optional<Tier> tierFor(long spent) {
        Tier found = null;
        for (Tier t : tiers) {
            if (t.minSpent() <= spent) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The next tier above the current one, if any. */
    public Optional<Tier> nextTier(long spent) {
        return tiers.stream().filter(t -> t.minSpent() > spent).findFirst();
    }

    /**
     * When points accrued at {@code at} expire: {@code lifetimeDays} calendar days later at the same
     * salon-local time (so a DST change moves no expiry by an hour), or {@code null}.
     */
    public Instant expiryOf(Instant at, ZoneId zone) {
        return lifetimeDays == null ? null : at.atZone(zone).plusDays(lifetimeDays).toInstant();
    }
}
