package app.atelier.plugins.booking.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers as people type them ({@code 8 (916) 123-45-67}) in E.164 ({@code +79161234567}),
 * read as numbers of the salon's country when they carry no country code: the key for rate limits,
 * one-time codes and sessions, and the address the SMS channel needs. The same rules as the core's,
 * so a number matches the client the core stored.
 */
public final class Phones {
    private static final int MAX_INPUT = 40;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Phones() {
    }

    /** The E.164 form, or empty when the text is not a valid number. */
    public static Optional<String> e164(String raw, String country) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_INPUT) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(raw, country);
            return UTIL.isValidNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Enough of a number to recognise it on screen: {@code +7 *** *** 45 67}. */
    public static String masked(String e164) {
        if (e164 == null || e164.length() < 6) {
            return "***";
        }
        return e164.substring(0, 2) + " *** *** " + e164.substring(e164.length() - 4, e164.length() - 2) + " "
                + e164.substring(e164.length() - 2);
    }
}
