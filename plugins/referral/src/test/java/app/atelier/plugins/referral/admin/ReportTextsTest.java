package app.atelier.plugins.referral.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The report's conversion figure and its texts in both languages. */
class ReportTextsTest {
    @Test
    void conversionIsAPercentWithOneDecimalAtMost() {
        assertEquals("50", new PeriodReport.Totals(2, 1, 1, 0, 0, 0).conversionPercent());
        assertEquals("33.3", new PeriodReport.Totals(3, 1, 1, 0, 0, 0).conversionPercent());
        assertEquals("66.7", new PeriodReport.Totals(3, 2, 1, 0, 0, 0).conversionPercent(), "half-up");
        assertEquals("0", new PeriodReport.Totals(4, 0, 2, 0, 0, 0).conversionPercent());
        assertNull(new PeriodReport.Totals(0, 0, 0, 0, 0, 0).conversionPercent(), "nobody invited: no conversion at all");
    }

    @Test
    void theRussianBundleHasEveryTextTheEnglishHas() throws IOException {
        Set<Object> missing = new TreeSet<>(texts("referral.properties").keySet());
        missing.removeAll(texts("referral_ru.properties").keySet());
        assertEquals(Set.of(), missing);
    }

    /** One file of the bundle alone (a ResourceBundle would answer from its parent too). */
    private static Properties texts(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportTextsTest.class.getResourceAsStream("/i18n/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
