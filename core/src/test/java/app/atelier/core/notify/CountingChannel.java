package app.atelier.core.notify;

import app.atelier.api.notify.Delivery;
import app.atelier.api.notify.DeliveryResult;
import app.atelier.api.notify.NotificationChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A real channel for tests: counts calls per message and answers as the test tells it to. */
final class CountingChannel implements NotificationChannel {
    private final String id;
    private final Map<Long, AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile Function<Delivery, DeliveryResult> behaviour = d -> DeliveryResult.sent("ok");

    CountingChannel(String id) {
        this.id = id;
    }

    CountingChannel answering(Function<Delivery, DeliveryResult> answer) {
        this.behaviour = answer;
        return this;
    }

    int calls(long messageId) {
        AtomicInteger n = calls.get(messageId);
        return n == null ? 0 : n.get();
    }

    Map<Long, AtomicInteger> allCalls() {
        return calls;
    }

    int total() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        calls.computeIfAbsent(delivery.messageId(), k -> new AtomicInteger()).incrementAndGet();
        return behaviour.apply(delivery);
    }
}
