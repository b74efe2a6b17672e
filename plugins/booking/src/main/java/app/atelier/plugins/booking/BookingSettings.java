package app.atelier.plugins.booking;

import app.atelier.api.settings.SettingField;
import app.atelier.api.settings.SettingsSchema;
import app.atelier.api.settings.SettingsValues;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A salon's booking settings, typed.
 *
 * @param slotStepMinutes         free times start every this many minutes from the start of a working interval
 * @param minLeadMinutes          no visit may start sooner than this after now
 * @param horizonDays             the last bookable day is today + this many days (salon time)
 * @param defaultBufferMinutes    the pause after a visit when its services set none
 * @param cancelHoursBefore       clients may cancel or reschedule up to this many hours before the start
 * @param confirmPhone            whether a booking waits for a one-time code sent to the phone
 * @param codeChannel             the channel one-time codes go through ({@code sms} or {@code log})
 * @param codeMinutes             how long a one-time code is valid
 * @param codeAttempts            wrong tries allowed per code
 * @param maxOpenBookingsPerPhone open future visits one phone may hold
 * @param bookingsPerHourPerAddress booking attempts per hour from one network address
 * @param bookingsPerHourPerPhone booking attempts per hour for one phone number
 * @param salonPhone              whom to call (shown when the online policy no longer allows a change)
 * @param salonAddress            shown on the booking pages
 * @param corsOrigins             origins of a branded web app allowed to call the public JSON API
 * @param showCodesOnPage         DEMO ONLY: print one-time codes on the page instead of relying on delivery
 */
public record BookingSettings(int slotStepMinutes, int minLeadMinutes, int horizonDays, int defaultBufferMinutes,
                              int cancelHoursBefore, boolean confirmPhone, String codeChannel, int codeMinutes,
                              int codeAttempts, int maxOpenBookingsPerPhone, int bookingsPerHourPerAddress,
                              int bookingsPerHourPerPhone, String salonPhone, String salonAddress, List<String> corsOrigins,
                              boolean showCodesOnPage) {

    /** What the host stores, validates and renders for each salon. */
    public static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingField.integer("slotStepMinutes", "Free times start every … minutes", 15, 5, 240),
            SettingField.integer("minLeadMinutes", "Earliest online booking: … minutes from now", 120, 0, 20_160),
            SettingField.integer("horizonDays", "How many days ahead clients may book", 30, 1, 365),
            SettingField.integer("defaultBufferMinutes", "Pause after each visit, minutes (services may set their own)", 0, 0, 240),
            SettingField.integer("cancelHoursBefore", "Clients may cancel or reschedule online up to … hours before", 24, 0, 720),
            SettingField.bool("confirmPhone", "Confirm the phone with a one-time code before booking", false),
            SettingField.choice("codeChannel", "Send one-time codes by", "sms", List.of("sms", "log")),
            SettingField.integer("codeMinutes", "One-time codes are valid for … minutes", 10, 1, 60),
            SettingField.integer("codeAttempts", "Wrong tries allowed per one-time code", 5, 1, 10),
            SettingField.integer("maxOpenBookingsPerPhone", "Upcoming visits one phone may hold", 3, 1, 50),
            SettingField.integer("bookingsPerHourPerAddress", "Booking attempts per hour from one network address", 20, 1, 10_000),
            SettingField.integer("bookingsPerHourPerPhone", "Booking attempts per hour for one phone", 5, 1, 10_000),
            SettingField.text("salonPhone", "The salon's phone, for changes the online policy does not allow", ""),
            SettingField.text("salonAddress", "The salon's address, shown on the booking pages", ""),
            SettingField.text("corsOrigins", "Web origins allowed to call the public API (comma-separated, "
                    + "e.g. https://app.example.com)", ""),
            SettingField.bool("showCodesOnPage", "DEMO ONLY: show one-time codes on the page (anyone could sign in "
                    + "as anyone)", false));

    public static final String SMS = "sms";

    /** The typed view of the host's validated values. */
    public static BookingSettings of(SettingsValues v) {
        List<String> origins = Arrays.stream(v.text("corsOrigins").split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        return new BookingSettings(num(v, "slotStepMinutes"), num(v, "minLeadMinutes"), num(v, "horizonDays"),
                num(v, "defaultBufferMinutes"), num(v, "cancelHoursBefore"), v.flag("confirmPhone"), v.text("codeChannel"),
                num(v, "codeMinutes"), num(v, "codeAttempts"), num(v, "maxOpenBookingsPerPhone"),
                num(v, "bookingsPerHourPerAddress"), num(v, "bookingsPerHourPerPhone"), v.text("salonPhone").trim(),
                v.text("salonAddress").trim(), origins, v.flag("showCodesOnPage"));
    }

    private static int num(SettingsValues v, String key) {
        return Math.toIntExact(v.number(key));
    }
}
