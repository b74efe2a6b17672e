package app.atelier.plugins.booking.book;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One lock per salon for changes to its visits from this plugin: the free-time check and the
 * booking happen as one step on this node, so the pauses between visits hold under concurrency.
 * Held for milliseconds; never held while waiting on anything but the database.
 */
public final class SalonLocks {
    private final ConcurrentHashMap<Long, Object> locks = new ConcurrentHashMap<>();

    public <T> T with(long salonId, Supplier<T> action) {
        Object lock = locks.computeIfAbsent(salonId, id -> new Object());
        synchronized (lock) {
            return action.get();
        }
    }
}
