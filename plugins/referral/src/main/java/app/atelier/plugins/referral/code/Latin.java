package app.atelier.plugins.referral.code;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a name in any script into upper-case Latin letters for the readable part of a promo code:
 * Cyrillic is transliterated (Анна → ANNA), Latin accents are dropped (Zoë → ZOE), anything else is
 * left out. Codes must be typeable on any phone keyboard, hence Latin only.
 */
final class Latin {
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "A"), Map.entry('б', "B"), Map.entry('в', "V"), Map.entry('г', "G"), Map.entry('д', "D"),
            Map.entry('е', "E"), Map.entry('ё', "E"), Map.entry('ж', "ZH"), Map.entry('з', "Z"), Map.entry('и', "I"),
            Map.entry('й', "Y"), Map.entry('к', "K"), Map.entry('л', "L"), Map.entry('м', "M"), Map.entry('н', "N"),
            Map.entry('о', "O"), Map.entry('п', "P"), Map.entry('р', "R"), Map.entry('с', "S"), Map.entry('т', "T"),
            Map.entry('у', "U"), Map.entry('ф', "F"), Map.entry('х', "KH"), Map.entry('ц', "TS"), Map.entry('ч', "CH"),
            Map.entry('ш', "SH"), Map.entry('щ', "SHCH"), Map.entry('ъ', ""), Map.entry('ы', "Y"), Map.entry('ь', ""),
            Map.entry('э', "E"), Map.entry('ю', "YU"), Map.entry('я', "YA"), Map.entry('і', "I"), Map.entry('ї', "YI"),
            Map.entry('є', "YE"), Map.entry('ґ', "G"));

    private Latin() {
    }

    /** The letters A–Z that spell {@code text}, upper case; empty when nothing is spellable. */
    static String letters(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String cyrillic = CYRILLIC.get(c);
            if (cyrillic != null) {
                out.append(cyrillic);
                continue;
            }
            // decompose é into e + accent, keep the base letter if it is plain Latin
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char first = base.isEmpty() ? c : base.charAt(0);
            if (first >= 'a' && first <= 'z') {
                out.append(Character.toUpperCase(first));
            }
        }
        return out.toString();
    }
}
