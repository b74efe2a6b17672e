package app.atelier.web.admin.clients;

import app.atelier.core.clients.ClientFilter;
import app.atelier.web.admin.Page;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The clients list's search and filter fields as typed (kept for the form), turned into a
 * {@link ClientFilter}: money in the salon's major units, dates as the date inputs send them.
 * A field that cannot be read gets its message; the core checks the rest (e.g. from ≤ to).
 */
final class ClientListForm {
    private static final String[] FIELDS = {"q", "tag", "source", "minSpent", "maxSpent", "lastVisitFrom", "lastVisitTo", "offset"};

    private final Map<String, String> typed;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private ClientFilter filter;
    private int offset;

    private ClientListForm(Map<String, String> typed) {
        this.typed = typed;
    }

    static ClientListForm read(Context ctx, Page p) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String v = ctx.queryParam(f);
            typed.put(f, v == null ? "" : (v.length() > 200 ? v.substring(0, 200) : v).strip());
        }
        ClientListForm form = new ClientListForm(typed);
        form.parse(p);
        return form;
    }

    private void parse(Page p) {
        Long min = money("minSpent", p);
        Long max = money("maxSpent", p);
        LocalDate from = date("lastVisitFrom", p);
        LocalDate to = date("lastVisitTo", p);
        try {
            offset = typed.get("offset").isEmpty() ? 0 : Math.max(0, Integer.parseInt(typed.get("offset")));
        } catch (NumberFormatException e) {
            offset = 0;
        }
        filter = new ClientFilter(blankToNull("q"), blankToNull("tag"), blankToNull("source"), min, max, from, to);
    }

    private Long money(String field, Page p) {
        try {
            Long minor = p.fmt().parseMajor(typed.get(field));
            if (minor != null && minor < 0) {
                errors.put(field, p.t().get("error_not_negative"));
            }
            return minor;
        } catch (NumberFormatException | ArithmeticException e) {
            errors.put(field, p.t().get("error_number"));
            return null;
        }
    }

    private LocalDate date(String field, Page p) {
        String v = typed.get(field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put(field, p.t().get("error_date"));
            return null;
        }
    }

    private String blankToNull(String field) {
        String v = typed.get(field);
        return v.isEmpty() ? null : v;
    }

    Map<String, String> typed() {
        return typed;
    }

    Map<String, String> errors() {
        return errors;
    }

    ClientFilter filter() {
        return filter;
    }

    int offset() {
        return offset;
    }

    /** The filter as a query string without {@code field}, for paging links that keep the filter. */
    String queryWithout(String field) {
        return typed.entrySet().stream().filter(e -> !e.getKey().equals(field) && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
