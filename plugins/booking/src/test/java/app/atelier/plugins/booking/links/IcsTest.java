package app.atelier.plugins.booking.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IcsTest {

    @Test
    void anEventInUtcWithEscapedTextAndFoldedLines() {
        String ics = Ics.event("visit-7@rosa.atelier", Instant.parse("2026-12-01T06:00:00Z"), Instant.parse("2026-12-02T07:00:00Z"),
                Instant.parse("2026-12-02T08:30:00Z"), "Стрижка, укладка; уход — Салон «Роза»", "Тверская 1, Москва",
                "Line one\nline two", "https://salon.example/s/rosa/booking/visit/7?sig=abc", false);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART:20261202T070000Z\r\n"));
        assertTrue(ics.contains("\r\nDTEND:20261202T083000Z\r\n"));
        assertTrue(ics.contains("SUMMARY:Стрижка\\, укладка\\; уход"), "commas and semicolons escaped");
        assertTrue(ics.contains("DESCRIPTION:Line one\\nline two\r\n"), "line breaks escaped");
        assertTrue(ics.contains("STATUS:CONFIRMED"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Стрижка\\, укладка\\; уход — Салон «Роза»\r\n"), "folding keeps characters whole");
    }

    @Test
    void aCancelledVisitIsPublishedCancelled() {
        String ics = Ics.event("u", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH.plusSeconds(60), "x", null, null, null, true);
        assertTrue(ics.contains("STATUS:CANCELLED\r\n"));
        assertEquals(-1, ics.indexOf("LOCATION"));
    }
}
