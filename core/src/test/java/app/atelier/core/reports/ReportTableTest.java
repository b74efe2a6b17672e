package app.atelier.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The CSV shape: header row, CRLF, RFC 4180 quoting, money and rates, formula defusing. */
class ReportTableTest {

    @Test
    void writesAHeaderRowAndTypedCells() {
        ReportTable t = new ReportTable.Builder("t").number("id").text("name").money("revenue").rate("share").date("day")
                .number("interval")
                .row(1L, "Anna", 250_050L, 3333, LocalDate.of(2026, 3, 1), new BigDecimal("30.7"))
                .row(2L, null, 0L, null, null, null)
                .build();
        assertEquals("id,name,revenue (RUB),share (%),day,interval\r\n"
                + "1,Anna,2500.50,33.33,2026-03-01,30.7\r\n"
                + "2,,0.00,,,\r\n", t.toCsv("RUB"));
        // a currency without minor units
        assertEquals("id,name,revenue (JPY),share (%),day,interval\r\n1,Anna,250050,33.33,2026-03-01,30.7\r\n2,,0,,,\r\n",
                t.toCsv("JPY"));
    }

    @Test
    void quotesAndDefusesText() {
        ReportTable t = new ReportTable.Builder("t").text("name")
                .row("Smith, \"Jo\"").row("=1+1").row("+7 912").row("-x").row("@cmd").row("line\nbreak").row("Ёлка").build();
        assertEquals("name\r\n\"Smith, \"\"Jo\"\"\"\r\n'=1+1\r\n'+7 912\r\n'-x\r\n'@cmd\r\n\"line\nbreak\"\r\nЁлка\r\n", t.toCsv("RUB"));
    }

    @Test
    void aRowMustFitTheColumns() {
        assertThrows(IllegalArgumentException.class, () -> new ReportTable.Builder("t").text("a").row("x", "y"));
    }

    @Test
    void ratesRoundHalfUp() {
        assertEquals(3333, Rates.bp(1, 3));
        assertEquals(6667, Rates.bp(2, 3));
        assertEquals(1667, Rates.bp(1, 6));
        assertEquals(null, Rates.bp(1, 0));
        assertEquals(2667L, Rates.average(8000, 3));
        assertEquals(3L, Rates.average(5, 2));
        assertEquals(null, Rates.average(5, 0));
    }
}
