package app.atelier.plugins.booking.book;

import java.time.Instant;
import java.util.List;

/**
 * What a client sent to book, from the page's form or the app's JSON.
 *
 * @param serviceIds the services, in order
 * @param staffId    the master, or {@code null} for any master
 * @param start      the chosen free time
 * @param name       the client's name
 * @param phone      the phone as typed
 * @param promoCode  a referral promo code, or blank
 * @param code       the one-time code when the salon confirms phones, else blank
 * @param honeypot   a field people never see and never fill in
 * @param consent    whether the client agrees to reminders and news (the app must send true explicitly)
 * @param channel    {@code online} (pages) or {@code app}
 * @param address    the caller's network address, for rate limits
 */
public record BookingForm(List<Long> serviceIds, Long staffId, Instant start, String name, String phone, String promoCode,
                          String code, String honeypot, boolean consent, String channel, String address) {
    public BookingForm {
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
    }
}
