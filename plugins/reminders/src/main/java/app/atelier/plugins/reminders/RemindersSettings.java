package app.atelier.plugins.reminders;

import app.atelier.api.settings.SettingField;
import app.atelier.api.settings.SettingsSchema;
import app.atelier.api.settings.SettingsValues;
import app.atelier.plugins.reminders.plan.Offset;
import java.util.ArrayList;
import java.util.List;

/**
 * A salon's reminder settings, typed. The host validates types and ranges, and the offsets
 * ({@code "24h,2h"}) and the public address against the patterns declared here, so a typo is refused
 * when saved, next to the field. A stored value the plugin still cannot read (saved before the
 * patterns existed) falls back to its default and is reported in {@link #warnings()} (shown by
 * {@code GET /api/v1/reminders/config}).
 *
 * @param channel                  the default channel: log, email, sms or whatsapp
 * @param publicUrl                the app's public address, for the links in messages
 * @param salonAddress             the {salonAddress} placeholder
 * @param bookingConfirmation      send the booking confirmation
 * @param confirmationRequest      send a confirmation request before the visit
 * @param confirmationOffset       how long before the visit the request goes
 * @param reminders                send reminders
 * @param reminderOffsets          when, longest first
 * @param deadline                 cancel visits still unconfirmed at the cutoff
 * @param deadlineHours            the cutoff, hours before the start
 * @param followUp                 send a follow-up after a no-show or a late cancellation
 * @param followUpDelayHours       how long after the no-show or cancellation
 * @param lateCancellationHours    a cancellation closer to the start than this is late
 * @param reviewRequest            send a review request after a completed visit
 * @param reviewDelayHours         how long after completion
 * @param reviewUrl                the salon's review page
 * @param repeatInvitation         send repeat-visit invitations (days per service in the plugin's table)
 * @param birthday                 send birthday greetings
 * @param reactivation             invite sleeping clients back
 * @param reactivationDays         a client without a visit for longer than this is sleeping
 * @param reactivationIntervalPct  … or for longer than this percentage of their usual interval (0: off)
 * @param messageHour              salon-local hour at which day-based messages go (birthday, invitations)
 * @param bonusExpiry              warn before bonus points expire (when the bonus plugin is active)
 * @param bonusExpiryOffsets       how long before the expiry, longest first
 * @param warnings                 settings that could not be read, with the default used instead
 */
public record RemindersSettings(String channel, String publicUrl, String salonAddress,
                                boolean bookingConfirmation, boolean confirmationRequest, Offset confirmationOffset,
                                boolean reminders, List<Offset> reminderOffsets, boolean deadline, int deadlineHours,
                                boolean followUp, int followUpDelayHours, int lateCancellationHours,
                                boolean reviewRequest, int reviewDelayHours, String reviewUrl, boolean repeatInvitation,
                                boolean birthday, boolean reactivation, int reactivationDays, int reactivationIntervalPct,
                                int messageHour, boolean bonusExpiry, List<Offset> bonusExpiryOffsets, List<String> warnings) {
    public static final List<String> CHANNELS = List.of("log", "email", "sms", "whatsapp");
    static final String DEFAULT_CONFIRMATION_OFFSET = "1d";
    static final String DEFAULT_REMINDER_OFFSETS = "2h";
    static final String DEFAULT_BONUS_EXPIRY_OFFSETS = "7d,1d";
    /** Bonus expiry warnings go between one day and sixty days before the points expire. */
    public static final long MIN_BONUS_EXPIRY_HOURS = 24;
    public static final long MAX_BONUS_EXPIRY_HOURS = 24 * 60;
    /** Reminders go between one hour and three days before a visit. */
    public static final long MIN_REMINDER_HOURS = 1;
    public static final long MAX_REMINDER_HOURS = 72;
    /** A confirmation request goes between two hours and a week before a visit. */
    public static final long MIN_CONFIRMATION_HOURS = 2;
    public static final long MAX_CONFIRMATION_HOURS = 168;
    /** The default address, until the owner sets the app's public one. */
    public static final String DEFAULT_PUBLIC_URL = "http://localhost:7070";
    /** At most this many reminders or bonus expiry warnings (as {@link Offset#parseList} allows). */
    static final int MAX_OFFSETS = 10;
    /** 1h to 72h, or 1d to 3d. */
    static final String REMINDER_OFFSETS_PATTERN = Offset.listPattern("[1-9]|[1-6][0-9]|7[0-2]", "[1-3]", MAX_OFFSETS);
    /** 2h to 168h, or 1d to 7d; one offset. */
    static final String CONFIRMATION_OFFSET_PATTERN = Offset.listPattern("[2-9]|[1-9][0-9]|1[0-5][0-9]|16[0-8]", "[1-7]", 1);
    /** 24h to 1440h, or 1d to 60d. */
    static final String BONUS_EXPIRY_OFFSETS_PATTERN = Offset.listPattern(
            "2[4-9]|[3-9][0-9]|[1-9][0-9][0-9]|1[0-3][0-9][0-9]|14[0-3][0-9]|1440", "[1-9]|[1-5][0-9]|60", MAX_OFFSETS);
    /** What {@link #of} reads as an address (spaces around and slashes at the end are dropped). */
    static final String PUBLIC_URL_PATTERN = "\\s*https?://[^\\s/]+(/\\S*)?\\s*";

    public RemindersSettings {
        reminderOffsets = List.copyOf(reminderOffsets);
        bonusExpiryOffsets = List.copyOf(bonusExpiryOffsets);
        warnings = List.copyOf(warnings);
    }

    /** What the host stores, validates and renders for each salon. */
    public static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingField.choice("channel", "Default channel for clients without a preferred one (log writes to the "
                    + "app log, for trying things out)", "log", CHANNELS),
            SettingField.text("publicUrl", "The app's public address, for links in messages", DEFAULT_PUBLIC_URL)
                    .withPattern(PUBLIC_URL_PATTERN, "must be an http(s) address such as https://salon.example.com"),
            SettingField.text("salonAddress", "Salon address for messages ({salonAddress})", ""),
            SettingField.bool("bookingConfirmation", "Send a confirmation right after booking", true),
            SettingField.bool("confirmationRequest", "Ask the client to confirm before the visit", true),
            SettingField.text("confirmationOffset", "When to ask for confirmation: hours (24h) or calendar days (1d) "
                    + "before the visit, 2h to 168h", DEFAULT_CONFIRMATION_OFFSET)
                    .withPattern(CONFIRMATION_OFFSET_PATTERN, "must be one offset from 2h to 168h in hours (24h) or from 1d "
                            + "to 7d in calendar days (1d)"),
            SettingField.bool("reminders", "Send reminders before the visit", true),
            SettingField.text("reminderOffsets", "When to remind, e.g. 2h or 24h,2h (1h to 72h; 1d = same time the day "
                    + "before)", DEFAULT_REMINDER_OFFSETS)
                    .withPattern(REMINDER_OFFSETS_PATTERN, "must list up to 10 offsets separated by commas, each from 1h to "
                            + "72h in hours (2h) or from 1d to 3d in calendar days (1d), e.g. 24h,2h"),
            SettingField.bool("confirmationDeadline", "Cancel visits still unconfirmed at the cutoff", false),
            SettingField.integer("confirmationDeadlineHours", "Cutoff, hours before the visit", 6, 1, 72),
            SettingField.bool("followUp", "Follow up a no-show or a late cancellation (when no visit is booked)", true),
            SettingField.integer("followUpDelayHours", "Follow-up, hours after the no-show or cancellation", 3, 0, 168),
            SettingField.integer("lateCancellationHours", "A cancellation less than this many hours before the visit "
                    + "is late", 24, 1, 168),
            SettingField.bool("reviewRequest", "Ask for a review after a completed visit", true),
            SettingField.integer("reviewDelayHours", "Review request, hours after the visit", 3, 1, 168),
            SettingField.text("reviewUrl", "The salon's review page ({reviewLink}); no request is sent without it", ""),
            SettingField.bool("repeatInvitation", "Invite clients again after each service's interval", true),
            SettingField.bool("birthday", "Send birthday greetings", true),
            SettingField.bool("reactivation", "Invite sleeping clients back", false),
            SettingField.integer("reactivationDays", "A client is sleeping after this many days without a visit", 90, 14, 1000),
            SettingField.integer("reactivationIntervalPercent", "… or after this share of their usual interval between "
                    + "visits, percent (200 = twice as long; 0 = off)", 200, 0, 1000),
            SettingField.integer("messageHour", "Hour of the day (salon time) for birthday greetings, invitations and "
                    + "bonus expiry warnings", 11, 0, 23),
            SettingField.bool("bonusExpiry", "Warn before bonus points expire (when the bonus plugin is active)", true),
            SettingField.text("bonusExpiryOffsets", "When to warn, calendar days before the points expire, e.g. 7d,1d "
                    + "(1d to 60d), at the message hour", DEFAULT_BONUS_EXPIRY_OFFSETS)
                    .withPattern(BONUS_EXPIRY_OFFSETS_PATTERN, "must list up to 10 offsets separated by commas, each from 1d "
                            + "to 60d in calendar days (7d) or from 24h to 1440h in hours, e.g. 7d,1d"));

    /** The typed view of the host's validated values. */
    public static RemindersSettings of(SettingsValues v) {
        List<String> warnings = new ArrayList<>();
        Offset confirmation = confirmationOffset(v.text("confirmationOffset"), warnings);
        List<Offset> reminders = reminderOffsets(v.text("reminderOffsets"), warnings);
        List<Offset> bonusExpiry = bonusExpiryOffsets(v.text("bonusExpiryOffsets"), warnings);
        String publicUrl = v.text("publicUrl") == null ? "" : v.text("publicUrl").trim().replaceAll("/+$", "");
        if (!publicUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            warnings.add("publicUrl: must be an http(s) address such as https://salon.example.com; links are left out");
            publicUrl = "";
        }
        return new RemindersSettings(v.text("channel"), publicUrl, text(v, "salonAddress"),
                v.flag("bookingConfirmation"), v.flag("confirmationRequest"), confirmation,
                v.flag("reminders"), reminders, v.flag("confirmationDeadline"), (int) v.number("confirmationDeadlineHours"),
                v.flag("followUp"), (int) v.number("followUpDelayHours"), (int) v.number("lateCancellationHours"),
                v.flag("reviewRequest"), (int) v.number("reviewDelayHours"), text(v, "reviewUrl"),
                v.flag("repeatInvitation"), v.flag("birthday"), v.flag("reactivation"), (int) v.number("reactivationDays"),
                (int) v.number("reactivationIntervalPercent"), (int) v.number("messageHour"),
                v.flag("bonusExpiry"), bonusExpiry, warnings);
    }

    static Offset confirmationOffset(String text, List<String> warnings) {
        try {
            return Offset.parse(text, MIN_CONFIRMATION_HOURS, MAX_CONFIRMATION_HOURS);
        } catch (IllegalArgumentException e) {
            warnings.add("confirmationOffset: " + e.getMessage() + "; using " + DEFAULT_CONFIRMATION_OFFSET);
            return Offset.parse(DEFAULT_CONFIRMATION_OFFSET, MIN_CONFIRMATION_HOURS, MAX_CONFIRMATION_HOURS);
        }
    }

    static List<Offset> reminderOffsets(String text, List<String> warnings) {
        try {
            return Offset.parseList(text, MIN_REMINDER_HOURS, MAX_REMINDER_HOURS);
        } catch (IllegalArgumentException e) {
            warnings.add("reminderOffsets: " + e.getMessage() + "; using " + DEFAULT_REMINDER_OFFSETS);
            return Offset.parseList(DEFAULT_REMINDER_OFFSETS, MIN_REMINDER_HOURS, MAX_REMINDER_HOURS);
        }
    }

    static List<Offset> bonusExpiryOffsets(String text, List<String> warnings) {
        try {
            return Offset.parseList(text, MIN_BONUS_EXPIRY_HOURS, MAX_BONUS_EXPIRY_HOURS);
        } catch (IllegalArgumentException e) {
            warnings.add("bonusExpiryOffsets: " + e.getMessage() + "; using " + DEFAULT_BONUS_EXPIRY_OFFSETS);
            return Offset.parseList(DEFAULT_BONUS_EXPIRY_OFFSETS, MIN_BONUS_EXPIRY_HOURS, MAX_BONUS_EXPIRY_HOURS);
        }
    }

    private static String text(SettingsValues v, String key) {
        String value = v.text(key);
        return value == null ? "" : value.trim();
    }
}
