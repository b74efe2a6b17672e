package app.atelier.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.auth.PasswordHasher;
import app.atelier.core.auth.UserService;
import app.atelier.core.db.Database;
import app.atelier.core.salons.SalonService;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every statement every report runs reads the big tables (visit, bill, visit_item, client,
 * client_tag, visit_refund) through an index: SQLite's EXPLAIN QUERY PLAN of each shows no full
 * table scan of them, no walk through all of a salon's rows of one (an index searched by the salon
 * alone: a period or a client must narrow it; the deliberate one-pass scans by status and client
 * that find every client's first or last visit are the exception), and no join that scans one
 * intermediate result once per row of another. SQLite plans here do not depend on the amount of data (no ANALYZE statistics),
 * so the small fixture gives the plans of the million-visit salon.
 */
class ReportQueryPlansTest {
    static final Set<String> BIG = Set.of("visit", "bill", "visit_item", "client", "client_tag", "visit_refund", "task");
    // "SCAN v" / "SCAN visit AS v" / "SCAN visit" — but not "SCAN v USING [COVERING] INDEX …"
    static final Pattern SCAN = Pattern.compile("^SCAN (\\w+)(?: AS (\\w+))?$");
    // "SEARCH i USING COVERING INDEX visit_item_salon_visit (salon_id=?)": every row of the salon
    static final Pattern WHOLE_SALON = Pattern.compile("^SEARCH (\\w+) USING .*\\(salon_id=\\?\\)$");

    @TempDir
    static Path dir;
    static Database db;
    static SalonHistory history;
    static ReportsService reports;
    static final Map<String, List<String>> plans = new LinkedHashMap<>();

    @BeforeAll
    static void open() {
        db = Database.open(dir);
        history = new SalonHistory(db);
        Clock clock = Clock.fixed(SalonHistory.NOW, ZoneOffset.UTC);
        reports = new ReportsService(db, clock, new SalonService(db, clock, new UserService(new PasswordHasher(), clock)));
        reports.sqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext ctx) {
                String sql = ctx.getParsedSql().getSql();
                List<String> plan = new ArrayList<>();
                Map<Integer, Integer> scansUnder = new java.util.HashMap<>();
                try (PreparedStatement ps = ctx.getConnection().prepareStatement("EXPLAIN QUERY PLAN " + sql);
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String detail = rs.getString("detail");
                        plan.add(detail);
                        // two full scans under one parent are a nested loop over two whole inputs: quadratic
                        if (detail.startsWith("SCAN ") && !detail.contains(" USING ")
                                && scansUnder.merge(rs.getInt("parent"), 1, Integer::sum) == 2) {
                            plan.add("NESTED SCANS");
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                plans.put(sql, plan);
            }
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void noReportScansABigTable() {
        ReportQuery march = ReportQuery.period("2026-02-01", "2026-03-31");
        ReportQuery all = march.withStaff(history.staff.get("A")).withCategory("hair").withSource("instagram").withTag("vip");
        for (ReportQuery q : List.of(march, all)) {
            reports.returnability(history.salon, q, 30);
            reports.lostClients(history.salon, ReportQuery.period(null, null), null, null, null, null, null);
            // looking back from a past day sums the bills visit by visit
            reports.lostClients(history.salon, ReportQuery.period(null, "2026-03-31"), null, null, "lastVisit", null, null);
            reports.lostClients(history.salon, new ReportQuery("2026-01-01", null, q.staffId(), q.category(), q.source(), q.tag()),
                    null, null, "visits", null, 2);
            reports.sources(history.salon, q, 30);
            reports.topClients(history.salon, q, "averageBill", null);
            reports.masters(history.salon, q, 30, 90);
            reports.categoryGaps(history.salon, q.withCategory("nails"), null, null);
            reports.activity(history.salon, q);
        }
        reports.clientCategories(history.salon, history.clients.get("Anna"), null);
        List<String> offenders = new ArrayList<>();
        plans.forEach((sql, plan) -> {
            for (String line : plan) {
                if (line.equals("NESTED SCANS")) {
                    offenders.add("a join of two scans\n    in " + sql.replaceAll("\\s+", " "));
                }
                Matcher m = SCAN.matcher(line.strip());
                if (m.matches() && (BIG.contains(m.group(1)) || BIG.contains(tableOfAlias(sql, m.group(1))))) {
                    offenders.add(line + "\n    in " + sql.replaceAll("\\s+", " "));
                }
                Matcher w = WHOLE_SALON.matcher(line.strip());
                // a salon's refunds are few: reading them all is how refunds are checked per client
                if (w.matches() && !line.contains("visit_refund")
                        && (BIG.contains(w.group(1)) || BIG.contains(tableOfAlias(sql, w.group(1))))) {
                    offenders.add(line + "\n    in " + sql.replaceAll("\\s+", " "));
                }
            }
        });
        if (System.getProperty("atelier.printPlans") != null) {
            plans.forEach((sql, plan) -> System.out.println(sql.replaceAll("\\s+", " ") + "\n  " + String.join("\n  ", plan) + "\n"));
        }
        assertTrue(plans.size() > 20, "statements seen: " + plans.size());
        assertEquals(List.of(), offenders);
    }

    /** The table behind an alias such as {@code v} in {@code FROM visit v}. */
    private static String tableOfAlias(String sql, String alias) {
        Matcher m = Pattern.compile("(?i)\\b(\\w+)\\s+(?:AS\\s+)?" + Pattern.quote(alias) + "\\b").matcher(sql);
        while (m.find()) {
            if (BIG.contains(m.group(1).toLowerCase())) {
                return m.group(1).toLowerCase();
            }
        }
        return alias;
    }
}
