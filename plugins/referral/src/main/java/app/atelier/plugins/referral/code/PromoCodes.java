package app.atelier.plugins.referral.code;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The shape of promo codes: the client's first name in Latin letters (at most
 * {@value #MAX_PREFIX}), a dash, and {@value #SUFFIX} characters from {@link #ALPHABET}, e.g.
 * {@code ANNA-7K3Q}. The alphabet leaves out 0/O and 1/I so that a code read aloud or copied from
 * a screen is typed right. Pure: no database, the randomness is passed in.
 */
public final class PromoCodes {
    /** Digits and capital letters without the look-alikes 0, O, 1 and I. */
    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int SUFFIX = 4;
    public static final int MAX_PREFIX = 8;
    /** The prefix for a name with no spellable letters. */
    public static final String FALLBACK_PREFIX = "FRIEND";
    /** Every well-formed code matches this. */
    public static final String PATTERN = "[A-Z]{1," + MAX_PREFIX + "}-[" + ALPHABET + "]{" + SUFFIX + "}";

    // Cyrillic letters that look like Latin ones: a client typing a code with a Russian keyboard
    // layout on produces these, and means the Latin letter
    private static final String LOOKALIKE_FROM = "АВЕКМНОРСТХУ";
    private static final String LOOKALIKE_TO = "ABEKMHOPCTXY";

    private PromoCodes() {
    }

    /** The readable part: the first word of the name that has letters, in Latin, at most {@value #MAX_PREFIX} letters. */
    public static String prefix(String name) {
        if (name != null) {
            for (String word : name.trim().split("[\\s\\-.,]+")) {
                String letters = Latin.letters(word);
                if (!letters.isEmpty()) {
                    return letters.length() > MAX_PREFIX ? letters.substring(0, MAX_PREFIX) : letters;
                }
            }
        }
        return FALLBACK_PREFIX;
    }

    /** One candidate code for a client called {@code name}. */
    public static String generate(String name, RandomGenerator random) {
        StringBuilder code = new StringBuilder(prefix(name)).append('-');
        for (int i = 0; i < SUFFIX; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A code for {@code name} that {@code taken} does not know yet, trying at most {@code attempts}
     * candidates; {@code null} when every candidate was taken (the caller gives up with an error).
     */
    public static String unused(String name, RandomGenerator random, Predicate<String> taken, int attempts) {
        for (int i = 0; i < attempts; i++) {
            String candidate = generate(name, random);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The canonical form of a code as a person typed it: upper case, Cyrillic look-alikes as Latin,
     * spaces and dashes ignored, the dash put back before the last {@value #SUFFIX} characters.
     * {@code " anna 7k3q"}, {@code "ANNA7K3Q"} and {@code "anna-7k3q"} all become {@code ANNA-7K3Q}.
     * Returns what is left (possibly not a well-formed code) when it is too short.
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder();
        String upper = typed.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            int lookalike = LOOKALIKE_FROM.indexOf(c);
            if (lookalike >= 0) {
                c = LOOKALIKE_TO.charAt(lookalike);
            }
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                clean.append(c);
            }
        }
        if (clean.length() <= SUFFIX) {
            return clean.toString();
        }
        return clean.insert(clean.length() - SUFFIX, '-').toString();
    }

    /** Whether {@code code} has the shape of a promo code. */
    public static boolean wellFormed(String code) {
        return code != null && code.matches(PATTERN);
    }
}
