package app.atelier.plugins.bonus.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger's consumption rule, pure: points are spent oldest first (by the order of the lots,
 * which is the order their entries were written), and expired lots are never spent.
 */
public final class Fifo {
    private Fifo() {
    }

    /** Points that can be spent at {@code now}: the unexpired rest of every lot. */
    public static long available(List<Lot> lots, Instant now) {
        long sum = 0;
        for (Lot lot : lots) {
            if (!lot.expiredAt(now)) {
                sum = Math.addExact(sum, lot.remaining());
            }
        }
        return sum;
    }

    /**
     * Which lots pay {@code amount}, oldest first, skipping expired ones.
     *
     * @throws InsufficientPointsException when the unexpired lots hold less than {@code amount}
     */
    public static List<Take> plan(List<Lot> lots, long amount, Instant now) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        long available = available(lots, now);
        if (available < amount) {
            throw new InsufficientPointsException(amount, available);
        }
        List<Take> takes = new ArrayList<>();
        long left = amount;
        for (Lot lot : lots) {
            if (left == 0) {
                break;
            }
            if (lot.expiredAt(now) || lot.remaining() <= 0) {
                continue;
            }
            long take = Math.min(left, lot.remaining());
            takes.add(new Take(lot.creditId(), take));
            left -= take;
        }
        return takes;
    }

    /** The lots whose points have expired at {@code now} and still hold some, oldest first. */
    public static List<Lot> expired(List<Lot> lots, Instant now) {
        return lots.stream().filter(l -> l.remaining() > 0 && l.expiredAt(now)).toList();
    }
}
