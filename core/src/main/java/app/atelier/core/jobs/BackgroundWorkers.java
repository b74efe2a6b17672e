package app.atelier.core.jobs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread that polls the outbox, the message queue and the task schedule. The polling
 * only decides when to look; what is due is decided by the injected clock and the database.
 */
public final class BackgroundWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWorkers.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "atelier-workers");
        t.setDaemon(true);
        return t;
    });

    public BackgroundWorkers(Duration period, List<Runnable> work) {
        executor.scheduleWithFixedDelay(() -> {
            for (Runnable job : work) {
                try {
                    job.run();
                } catch (RuntimeException e) {
                    LOG.error("background job failed", e);
                }
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
