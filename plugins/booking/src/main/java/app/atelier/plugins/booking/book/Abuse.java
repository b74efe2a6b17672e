package app.atelier.plugins.booking.book;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ClientView;
import app.atelier.plugins.booking.BookingSettings;
import app.atelier.plugins.booking.web.Texts;
import java.time.Duration;
import java.time.Instant;

/**
 * The spam and abuse rules of public forms: a honeypot field, rate limits per network address and
 * per phone, and a cap on a phone's upcoming visits. Each refusal carries a message a person
 * understands; none of them creates anything.
 */
public final class Abuse {
    private static final Duration HOUR = Duration.ofHours(1);

    private final PluginContext context;
    private final RateLimiter limiter;

    public Abuse(PluginContext context, RateLimiter limiter) {
        this.context = context;
        this.limiter = limiter;
    }

    /** A bot fills in every field, including the one people never see. */
    public void honeypot(String value, Texts texts) {
        if (value != null && !value.isBlank()) {
            throw new BookingRefused(BookingRefused.Reason.HONEYPOT, texts.t("refusedHoneypot"));
        }
    }

    /** One booking attempt from this address. */
    public void address(Salon salon, BookingSettings s, String address, Texts texts) {
        if (!limiter.tryTake("book:ip:" + salon.id() + ":" + address, s.bookingsPerHourPerAddress(), HOUR)) {
            throw new BookingRefused(BookingRefused.Reason.RATE_LIMITED, texts.t("refusedRateAddress"));
        }
    }

    /** One booking attempt for this phone (E.164). */
    public void phone(Salon salon, BookingSettings s, String phone, Texts texts) {
        if (!limiter.tryTake("book:phone:" + salon.id() + ":" + phone, s.bookingsPerHourPerPhone(), HOUR)) {
            throw new BookingRefused(BookingRefused.Reason.RATE_LIMITED, texts.t("refusedRatePhone"));
        }
    }

    /** The client's upcoming open visits (booked anywhere) stay under the cap. */
    public void openVisits(Salon salon, BookingSettings s, ClientView client, Texts texts) {
        if (client == null) {
            return;
        }
        Instant now = context.clock().instant();
        long open = context.salonData().visits(salon.id(), now, now.plus(Duration.ofDays(s.horizonDays() + 2L)), null, client.id())
                .stream().filter(v -> "booked".equals(v.status()) || "confirmed".equals(v.status())).count();
        if (open >= s.maxOpenBookingsPerPhone()) {
            String phone = s.salonPhone().isEmpty() ? "" : " " + texts.t("callUs", s.salonPhone());
            throw new BookingRefused(BookingRefused.Reason.TOO_MANY_OPEN, texts.t("refusedTooMany", open) + phone);
        }
    }

    /** A limit on one-time code requests and sign-in tries, per key (phone or address). */
    public boolean allow(String key, int perHour) {
        return limiter.tryTake(key, perHour, HOUR);
    }
}
