package app.atelier.core.clients;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Turns what people type ({@code 8 (912) 345-67-89}) into E.164 ({@code +79123456789}).
 * Numbers without a country code are read as numbers of the salon's country.
 */
public final class PhoneNormalizer {
    // longer input is never a phone number; the bound keeps the parser's work small
    private static final int MAX_INPUT = 40;

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    /**
     * Digits typed as the start of a national number, without the country's trunk prefix: in Russia
     * "8 916 107" is "916107", which is how the number continues after "+7". Empty when the digits
     * do not start with that prefix.
     */
    public Optional<String> withoutTrunkPrefix(String digits, String region) {
        String prefix = util.getNddPrefixForRegion(region, true);
        if (prefix == null || prefix.isEmpty() || digits == null || !digits.startsWith(prefix) || digits.length() <= prefix.length()) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(prefix.length()));
    }

    /** The E.164 form, or empty when the text is not a valid number for {@code defaultRegion}. */
    public Optional<String> toE164(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_INPUT) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = util.parse(raw, defaultRegion);
            if (!util.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
