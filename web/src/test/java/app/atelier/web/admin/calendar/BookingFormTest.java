package app.atelier.web.admin.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.AtelierCore;
import app.atelier.core.auth.Principal;
import app.atelier.core.catalog.ServiceInput;
import app.atelier.core.clients.ClientInput;
import app.atelier.core.staff.StaffInput;
import app.atelier.core.visits.Visit;
import app.atelier.web.admin.PanelClient;
import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.TestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The booking form: a client found by typing, several services in a row with one master. */
class BookingFormTest {

    @Test
    void findTheClientByTypingAndBookTwoServicesInARow(@TempDir Path root) throws Exception {
        try (TestServer server = TestServer.start(root)) {
            AtelierCore core = server.core();
            Principal owner = core.auth().authenticate(server.salonWithOwner("book", "plain", List.of())).orElseThrow();
            long salonId = owner.salonId();
            long mila = core.staff().create(salonId, StaffInput.named("Mila")).id();
            long cut = core.catalog().createService(salonId, new ServiceInput("Cut", "Hair", 60, 200_000L, true)).id();
            long colour = core.catalog().createService(salonId, new ServiceInput("Colour", "Hair", 90, 500_000L, true)).id();
            long ksenia = core.clients().create(salonId, ClientInput.named("Ksenia Orlova").withPhone("+79160000001")).id();
            core.clients().create(salonId, ClientInput.named("Anna Belova").withPhone("+79160000002"));
            for (int i = 0; i < 30; i++) {
                core.clients().create(salonId, ClientInput.named("Filler " + i));
            }
            PanelClient panel = PanelClient.session(server, "owner@book.test", "owner-secret-1");

            Page picks = panel.get("/admin/calendar/clients?clientQuery=ksen", Map.of("HX-Request", "true"));
            assertEquals(200, picks.status());
            assertTrue(picks.body().contains("id=\"pick-" + ksenia + "\"") && !picks.body().contains("Anna"), picks.body());
            assertTrue(panel.get("/admin/calendar/clients?clientQuery=0002", Map.of("HX-Request", "true")).body().contains("Anna Belova"),
                    "found by part of the phone");
            assertFalse(panel.get("/admin/calendar").body().contains("Filler"), "the form does not list every client of the salon");
            Page nobody = panel.get("/admin/calendar/clients?clientQuery="
                    + URLEncoder.encode("Ольга Новенькая", StandardCharsets.UTF_8), Map.of("HX-Request", "true"));
            assertEquals(200, nobody.status(), nobody.body());
            assertTrue(nobody.body().contains("id=\"new-client-from-booking\"")
                    && nobody.body().contains("name=%D0%9E%D0%BB%D1%8C%D0%B3%D0%B0+%D0%9D%D0%BE%D0%B2%D0%B5%D0%BD%D1%8C%D0%BA%D0%B0%D1%8F"),
                    "no match: a link to make her a client, with her name: " + nobody.body());

            // without scripts: "book" with a typed name offers the matches and keeps the rest of the form
            String csrf = panel.csrf();
            Page offered = post(server, panel, "/admin/calendar/book", List.of(Map.entry("_csrf", csrf), Map.entry("clientQuery", "Ksenia"),
                    Map.entry("staffId", "" + mila), Map.entry("serviceId", "" + cut), Map.entry("serviceId", "" + colour),
                    Map.entry("date", "2026-12-10"), Map.entry("time", "11:00")));
            assertEquals(422, offered.status());
            assertTrue(offered.body().contains("id=\"pick-" + ksenia + "\" checked"), "the one match is chosen: " + offered.body());
            for (long service : List.of(cut, colour)) {
                assertTrue(java.util.regex.Pattern.compile("id=\"b-service-" + service + "\"\\s+checked").matcher(offered.body()).find(),
                        "both services stay ticked");
            }

            Page booked = post(server, panel, "/admin/calendar/book", List.of(Map.entry("_csrf", csrf), Map.entry("clientId", "" + ksenia),
                    Map.entry("staffId", "" + mila), Map.entry("serviceId", "" + cut), Map.entry("serviceId", "" + colour),
                    Map.entry("date", "2026-12-10"), Map.entry("time", "11:00")));
            assertEquals(303, booked.status(), booked.body());
            long visitId = Long.parseLong(booked.location().replaceAll(".*/", ""));
            Visit visit = core.visits().get(salonId, visitId);
            assertEquals(2, visit.items().size());
            assertEquals(Duration.ofMinutes(150), Duration.between(visit.start(), visit.end()), "60 + 90 minutes in a row");
            assertEquals(Instant.parse("2026-12-10T08:00:00Z"), visit.start(), "11:00 in Moscow");

            Page none = post(server, panel, "/admin/calendar/book", List.of(Map.entry("_csrf", csrf), Map.entry("clientId", "" + ksenia),
                    Map.entry("staffId", "" + mila), Map.entry("date", "2026-12-11"), Map.entry("time", "11:00")));
            assertEquals(422, none.status());
            assertTrue(none.body().contains("id=\"e-serviceId\""));
        }
    }

    /** A form with a repeated field, as a browser sends ticked checkboxes. */
    private static Page post(TestServer server, PanelClient panel, String path, List<Map.Entry<String, String>> fields) throws Exception {
        String body = fields.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String cookies = panel.cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Page(r.statusCode(), r.body(), r.headers().map());
    }
}
