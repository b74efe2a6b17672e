package app.atelier.plugins.referral.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Promo codes: well-formed for any name, readable, stable, unique, and forgiving when typed. */
class PromoCodesTest {

    @Property
    void everyCodeHasTheFormatWhateverTheName(@ForAll String name, @ForAll long seed) {
        String code = PromoCodes.generate(name, new Random(seed));

        assertTrue(PromoCodes.wellFormed(code), code);
        String suffix = code.substring(code.indexOf('-') + 1);
        assertEquals(PromoCodes.SUFFIX, suffix.length(), code);
        for (char c : suffix.toCharArray()) {
            assertFalse("0O1I".indexOf(c) >= 0, "look-alike " + c + " in " + code);
            assertTrue(PromoCodes.ALPHABET.indexOf(c) >= 0, code);
        }
    }

    @Property
    void theSameRandomnessGivesTheSameCode(@ForAll String name, @ForAll long seed) {
        assertEquals(PromoCodes.generate(name, new Random(seed)), PromoCodes.generate(name, new Random(seed)));
    }

    @Property
    void aPlainLatinNameIsThePrefixInCapitals(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String name, @ForAll long seed) {
        String code = PromoCodes.generate(name + " Surname", new Random(seed));

        String expected = name.toUpperCase(Locale.ROOT);
        expected = expected.length() > PromoCodes.MAX_PREFIX ? expected.substring(0, PromoCodes.MAX_PREFIX) : expected;
        assertEquals(expected, code.substring(0, code.indexOf('-')));
    }

    @Property
    void codesHandedOutAreNeverTakenAndAllDifferent(@ForAll @IntRange(min = 1, max = 400) int clients,
                                                    @ForAll String name, @ForAll long seed) {
        Random random = new Random(seed);
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < clients; i++) {
            String code = PromoCodes.unused(name, random, taken::contains, 20);
            assertTrue(code != null && PromoCodes.wellFormed(code), String.valueOf(code));
            assertTrue(taken.add(code), "handed out twice: " + code);
        }
    }

    @Property
    void aCodeTypedSloppilyIsRecognised(@ForAll String name, @ForAll long seed) {
        String code = PromoCodes.generate(name, new Random(seed));

        assertEquals(code, PromoCodes.normalize(code));
        assertEquals(code, PromoCodes.normalize("  " + code.toLowerCase(Locale.ROOT) + " "));
        assertEquals(code, PromoCodes.normalize(code.replace("-", "")));
        assertEquals(code, PromoCodes.normalize(code.replace("-", " ")));
        // typed with a Russian keyboard layout: Cyrillic letters that look Latin
        assertEquals(code, PromoCodes.normalize(code.replace('A', 'А').replace('K', 'К').replace('M', 'М').replace('E', 'Е')));
    }

    @Example
    void namesInOtherScriptsAreSpelledInLatin() {
        assertEquals("ANNA", PromoCodes.prefix("Анна Петрова"));
        assertEquals("ZHANNA", PromoCodes.prefix("Жанна"));
        assertEquals("YULIYA", PromoCodes.prefix("  Юлия  "));
        assertEquals("ZOE", PromoCodes.prefix("Zoë Smith"));
        assertEquals("ALEKSAND", PromoCodes.prefix("Александра"));
        assertEquals("MARIA", PromoCodes.prefix("李 Maria"));
        assertEquals(PromoCodes.FALLBACK_PREFIX, PromoCodes.prefix("李明"));
        assertEquals(PromoCodes.FALLBACK_PREFIX, PromoCodes.prefix(""));
        assertEquals(PromoCodes.FALLBACK_PREFIX, PromoCodes.prefix(null));
    }

    @Example
    void whenEveryCandidateIsTakenNoCodeIsInvented() {
        assertNull(PromoCodes.unused("Anna", new Random(1), code -> true, 20));
    }

    @Example
    void tooShortOrForeignInputIsNotACode() {
        assertFalse(PromoCodes.wellFormed(PromoCodes.normalize("7K3Q")));
        assertFalse(PromoCodes.wellFormed(PromoCodes.normalize("ANNA-7K3O")));
        assertFalse(PromoCodes.wellFormed(PromoCodes.normalize("")));
        assertEquals("ANNA-7K3Q", PromoCodes.normalize("anna—7k3q"));
    }
}
