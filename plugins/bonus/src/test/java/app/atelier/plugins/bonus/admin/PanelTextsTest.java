package app.atelier.plugins.bonus.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.plugins.bonus.web.Fields;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What the panel pages type and say: amounts read exactly, and every text in both languages. */
class PanelTextsTest {
    @Test
    void amountsAreReadExactlyInMinorUnitsAndBasisPoints() {
        assertEquals(Optional.of(150_050L), Amounts.minor("1 500,50", 2));
        assertEquals(Optional.of(150_050L), Amounts.minor("1\u00a0500.5", 2));
        assertEquals(Optional.of(0L), Amounts.minor("0", 2));
        assertEquals(Optional.of(-100L), Amounts.minor("-1", 2), "the sign is for the program's checks to refuse");
        assertEquals(Optional.of(1_500L), Amounts.minor("1500", 0), "a currency without minor units");
        assertEquals(Optional.empty(), Amounts.minor("1.505", 2), "never rounded");
        assertEquals(Optional.empty(), Amounts.minor("1.500", 2), "a thousand and five hundred, or one and a half? Neither is guessed");
        assertEquals(Optional.empty(), Amounts.minor("abc", 2));
        assertEquals(Optional.empty(), Amounts.minor("1.5e3", 2));
        assertEquals(Optional.empty(), Amounts.minor("", 2));
        assertEquals(Optional.of(550L), Amounts.basisPoints("5,5"));
        assertEquals(Optional.of(750L), Amounts.basisPoints("7.50"));
        assertEquals(Optional.empty(), Amounts.basisPoints("2.555"));
    }

    @Test
    void everyProblemTheProgramCanFindHasItsWordsInBothLanguages() throws IOException {
        for (String file : List.of("bonus.properties", "bonus_ru.properties")) {
            Properties texts = texts(file);
            for (String code : Fields.ENGLISH.keySet()) {
                assertTrue(texts.containsKey("problem." + code), "problem." + code + " in " + file);
            }
            assertTrue(texts.containsKey("problem.rangeMoney") && texts.containsKey("problem.rangePercent"), file);
        }
    }

    @Test
    void theRussianBundleHasEveryTextTheEnglishHas() throws IOException {
        Set<Object> missing = new TreeSet<>(texts("bonus.properties").keySet());
        missing.removeAll(texts("bonus_ru.properties").keySet());
        assertEquals(Set.of(), missing);
    }

    /** One file of the bundle alone (a ResourceBundle would answer from its parent too). */
    static Properties texts(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PanelTextsTest.class.getResourceAsStream("/i18n/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
