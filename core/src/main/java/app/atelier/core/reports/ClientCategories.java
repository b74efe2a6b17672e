package app.atelier.core.reports;

import app.atelier.core.common.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * For one client: the service categories used in counted visits up to {@code to} (how often, when
 * last) and the salon's categories (of active services) never used, to offer them.
 */
public record ClientCategories(long clientId, String name, LocalDate to, List<Used> used, List<String> neverUsed)
        implements Tabular {

    /** @param visits counted visits with a service of the category */
    public record Used(String category, long visits, LocalDate lastVisit) {
    }

    static ClientCategories compute(Handle h, ReportScope scope, long clientId) {
        String name = h.createQuery("SELECT name FROM client WHERE id = :c AND salon_id = :s AND deleted_at IS NULL")
                .bind("c", clientId).bind("s", scope.salonId()).mapTo(String.class).findOne()
                .orElseThrow(() -> new NotFoundException("client"));
        ReportSql sql = new ReportSql(scope).arg("client", clientId);
        // the client's visits first, then their items ("CROSS JOIN" keeps that order on SQLite): read
        // the other way round, through the (salon, category) index, it would walk every item of the salon
        List<Used> used = new ArrayList<>();
        sql.query(h, """
                        SELECT i.category, count(DISTINCT v.id), max(v.start_at)
                        FROM visit v CROSS JOIN visit_item i
                        WHERE %s AND v.client_id = :client AND v.start_at < :end
                          AND i.salon_id = v.salon_id AND i.visit_id = v.id AND i.category IS NOT NULL
                        GROUP BY i.category ORDER BY count(DISTINCT v.id) DESC, i.category""".formatted(ReportSql.done("v")))
                .map((rs, ctx) -> new Used(rs.getString(1), rs.getLong(2), scope.localDate(rs.getLong(3))))
                .forEach(used::add);
        TreeSet<String> never = new TreeSet<>(h.createQuery("SELECT DISTINCT category FROM service WHERE salon_id = :s AND active = 1")
                .bind("s", scope.salonId()).mapTo(String.class).list());
        used.forEach(u -> never.remove(u.category()));
        return new ClientCategories(clientId, name, scope.to(), used, List.copyOf(never));
    }

    @Override
    public ReportTable table() {
        ReportTable.Builder t = new ReportTable.Builder("client-categories").text("category").text("used")
                .number("visits").date("lastVisit");
        for (Used u : used) {
            t.row(u.category(), "yes", u.visits(), u.lastVisit());
        }
        for (String c : neverUsed) {
            t.row(c, "never", 0, null);
        }
        return t.build();
    }
}
