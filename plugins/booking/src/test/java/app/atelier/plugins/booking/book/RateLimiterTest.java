package app.atelier.plugins.booking.book;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    /** A clock the test moves. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-12-01T06:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aBurstUpToTheCapacityThenOneTokenPerIntervalPerKey() {
        Hand clock = new Hand();
        RateLimiter limiter = new RateLimiter(clock);
        Duration hour = Duration.ofHours(1);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryTake("a", 3, hour), "try " + i);
        }
        assertFalse(limiter.tryTake("a", 3, hour), "the fourth within the hour");
        assertTrue(limiter.tryTake("b", 3, hour), "another key has its own bucket");
        clock.now = clock.now.plus(Duration.ofMinutes(19));
        assertFalse(limiter.tryTake("a", 3, hour), "a token takes 20 minutes to come back");
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertTrue(limiter.tryTake("a", 3, hour));
        assertFalse(limiter.tryTake("a", 3, hour));
        clock.now = clock.now.plus(Duration.ofHours(2));
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryTake("a", 3, hour), "full again after a quiet while: " + i);
        }
        assertFalse(limiter.tryTake("a", 3, hour), "but never more than the capacity");
    }
}
