package app.atelier.plugins.booking.book;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory rate limits on the injected clock: per key, at most {@code capacity} events at once,
 * refilled evenly over {@code period} (a token bucket, kept as the generic cell rate algorithm's
 * one number per key, in whole milliseconds). Per app node: several nodes each allow the limit,
 * which is acceptable for abuse limits and keeps them off the database.
 */
public final class RateLimiter {
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    // key -> the theoretical arrival time of the next event, epoch millis
    private final ConcurrentHashMap<String, Long> next = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Takes one token for {@code key}; false (and nothing taken) when the bucket is empty. */
    public boolean tryTake(String key, int capacity, Duration period) {
        if (capacity <= 0) {
            return false;
        }
        long now = clock.millis();
        long interval = Math.max(1, period.toMillis() / capacity);
        long tolerance = period.toMillis() - interval;
        boolean[] taken = {false};
        next.compute(key, (k, tat) -> {
            long from = tat == null ? now : Math.max(tat, now);
            if (from - now > tolerance) {
                return tat;
            }
            taken[0] = true;
            return from + interval;
        });
        if (next.size() > SWEEP_ABOVE) {
            // a key whose time has come again holds a full bucket: forgetting it changes nothing
            next.entrySet().removeIf(e -> e.getValue() <= now);
        }
        return taken[0];
    }

    /** Forgets every bucket (tests, plugin restart). */
    public void clear() {
        next.clear();
    }
}
