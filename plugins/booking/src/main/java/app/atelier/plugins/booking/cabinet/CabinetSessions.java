package app.atelier.plugins.booking.cabinet;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ClientView;
import app.atelier.plugins.booking.BookingSettings;
import app.atelier.plugins.booking.book.Abuse;
import app.atelier.plugins.booking.book.BookingRefused;
import app.atelier.plugins.booking.codes.CodeSender;
import app.atelier.plugins.booking.codes.OneTimeCodes;
import app.atelier.plugins.booking.links.Secrets;
import app.atelier.plugins.booking.phone.Phones;
import app.atelier.plugins.booking.web.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Cabinet sign-in with a phone and a one-time code, and the sessions it opens.
 *
 * <p>The answers never tell whether a phone belongs to a client: every valid phone gets the same
 * "a code is on its way" (a code is made either way, but only a client's phone is sent one), and
 * a wrong code reads the same for both. Code requests are limited per phone and per address,
 * sign-in tries per address and per code. A session is a random 256-bit token; only its SHA-256
 * is stored.
 */
public final class CabinetSessions {
    /** How long a cabinet session lasts. */
    public static final Duration LIFETIME = Duration.ofDays(30);
    static final int CODES_PER_HOUR_PER_PHONE = 5;
    static final int CODES_PER_HOUR_PER_ADDRESS = 20;
    static final int TRIES_PER_HOUR_PER_ADDRESS = 30;

    private final PluginContext context;
    private final Jdbi db;
    private final Abuse abuse;
    private final CodeSender sender;
    private final OneTimeCodes codes;

    public CabinetSessions(PluginContext context, Abuse abuse, CodeSender sender, OneTimeCodes codes) {
        this.context = context;
        this.db = context.database();
        this.abuse = abuse;
        this.sender = sender;
        this.codes = codes;
    }

    /** Sends a sign-in code if the phone is a client's; returns the code only for a demo salon. */
    public Optional<String> requestCode(Salon salon, String rawPhone, String address) {
        BookingSettings s = BookingSettings.of(context.settings(salon.id()));
        Texts texts = Texts.of(context, salon);
        String phone = phone(salon, rawPhone, texts);
        if (!abuse.allow("cabinet:code:ip:" + salon.id() + ":" + address, CODES_PER_HOUR_PER_ADDRESS)
                || !abuse.allow("cabinet:code:phone:" + salon.id() + ":" + phone, CODES_PER_HOUR_PER_PHONE)) {
            throw new BookingRefused(BookingRefused.Reason.RATE_LIMITED, texts.t("refusedRateCodes"));
        }
        Optional<ClientView> client = context.salonData().clientByPhone(salon.id(), phone);
        String code = sender.send(salon, s, OneTimeCodes.CABINET, phone, client.map(ClientView::id).orElse(null), client.isPresent());
        return s.showCodesOnPage() ? Optional.of(code) : Optional.empty();
    }

    /** Checks the code and opens a session; returns its token (shown once, never stored). */
    public String signIn(Salon salon, String rawPhone, String code, String address) {
        BookingSettings s = BookingSettings.of(context.settings(salon.id()));
        Texts texts = Texts.of(context, salon);
        String phone = phone(salon, rawPhone, texts);
        if (!abuse.allow("cabinet:try:ip:" + salon.id() + ":" + address, TRIES_PER_HOUR_PER_ADDRESS)) {
            throw new BookingRefused(BookingRefused.Reason.RATE_LIMITED, texts.t("refusedRateTries"));
        }
        OneTimeCodes.Check check = codes.check(salon.id(), OneTimeCodes.CABINET, phone, code, s.codeAttempts());
        if (check != OneTimeCodes.Check.OK) {
            String message = texts.t(check == OneTimeCodes.Check.EXHAUSTED ? "codeExhausted" : "codeWrong");
            throw new BookingRefused(BookingRefused.Reason.CODE_WRONG, message, Map.of("code", message), List.of());
        }
        String token = Secrets.randomToken(32);
        long now = context.clock().millis();
        db.useHandle(h -> h.createUpdate("""
                        INSERT INTO booking_session (salon_id, token_hash, phone, created_at, expires_at)
                        VALUES (:s, :h, :p, :t, :e)""")
                .bind("s", salon.id()).bind("h", Secrets.sha256(token)).bind("p", phone).bind("t", now)
                .bind("e", now + LIFETIME.toMillis()).execute());
        return token;
    }

    /** The phone a live session of this salon was opened for. */
    public Optional<String> phoneOf(Salon salon, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return db.withHandle(h -> h.createQuery("SELECT phone FROM booking_session WHERE salon_id = :s AND token_hash = :h "
                        + "AND expires_at > :now").bind("s", salon.id()).bind("h", Secrets.sha256(token))
                .bind("now", context.clock().millis()).mapTo(String.class).findOne());
    }

    public void signOut(Salon salon, String token) {
        if (token != null && !token.isBlank()) {
            db.useHandle(h -> h.createUpdate("DELETE FROM booking_session WHERE salon_id = :s AND token_hash = :h")
                    .bind("s", salon.id()).bind("h", Secrets.sha256(token)).execute());
        }
    }

    private static String phone(Salon salon, String raw, Texts texts) {
        return Phones.e164(raw, salon.country()).orElseThrow(() -> new BookingRefused(BookingRefused.Reason.INVALID,
                texts.t("errorPhone"), Map.of("phone", texts.t("errorPhone")), List.of()));
    }
}
