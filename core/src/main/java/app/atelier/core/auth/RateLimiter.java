package app.atelier.core.auth;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets per key (an email, an address), on the injected clock. Bounded: the least recently
 * used keys are forgotten past {@code maxKeys}, so a flood of new keys cannot exhaust memory.
 */
public final class RateLimiter {
    private final long capacity;
    private final Duration period;
    private final TimeMeter meter;
    private final Map<String, Bucket> buckets;

    public RateLimiter(Clock clock, long capacity, Duration period, int maxKeys) {
        this.capacity = capacity;
        this.period = period;
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return Math.multiplyExact(clock.millis(), 1_000_000L);
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one attempt for {@code key}; false when the key has used up its attempts for now. */
    public synchronized boolean tryAcquire(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .withCustomTimePrecision(meter)
                .build());
        return bucket.tryConsume(1);
    }
}
