package app.atelier.plugins.referral.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.referral.ReferralSettings;
import app.atelier.plugins.referral.reward.Amounts;
import app.atelier.plugins.referral.reward.Reward;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /admin/referral/report?from=2026-12-01&to=2026-12-31}: who invited whom in a period, who
 * of them came to a first completed visit, the conversion, and the referrers' rewards; by default
 * the current month up to today in the salon's zone. Owners and admins, as the REST report.
 */
final class ReportPage {
    private static final Set<String> DESK = Set.of("owner", "admin");

    private final PluginContext context;
    private final PeriodReport report;

    ReportPage(PluginContext context) {
        this.context = context;
        this.report = new PeriodReport(context);
    }

    void show(Context ctx, PluginRequest req) {
        Words words = new Words(context.messages(req.locale()), req.locale());
        if (!DESK.contains(req.role())) {
            ctx.status(403).html("<h1>" + words.get("forbiddenTitle") + "</h1><p class=\"error\" role=\"alert\">" + words.get("forbidden")
                    + "</p>");
            return;
        }
        Salon salon = req.salon();
        LocalDate today = context.clock().instant().atZone(salon.zone()).toLocalDate();
        String fromText = typedOr(ctx.queryParam("from"), today.withDayOfMonth(1));
        String toText = typedOr(ctx.queryParam("to"), today);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(fromText, "from", errors, words);
        LocalDate to = date(toText, "to", errors, words);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", words.get("toBeforeFrom"));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("t", words.all());
        m.put("from", fromText);
        m.put("to", toText);
        m.put("errors", errors);
        m.put("isOwner", "owner".equals(req.role()));
        m.put("rules", rules(salon, words));
        if (errors.isEmpty()) {
            PeriodReport.Result result = report.of(salon, from, to);
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(words.locale());
            m.put("period", words.get("period", day.format(from), day.format(to)));
            m.put("totals", totals(result.totals(), salon, words));
            m.put("rows", result.invitations().stream().map(i -> row(i, salon, words, day)).toList());
        } else {
            ctx.status(422);
        }
        ctx.render("templates/referral/admin-report.peb", m);
    }

    /** What the user typed, or the default day when the field was left out or cleared. */
    private static String typedOr(String typed, LocalDate fallback) {
        return typed == null || typed.isBlank() ? fallback.toString() : typed.strip();
    }

    private static LocalDate date(String text, String field, Map<String, String> errors, Words words) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, words.get("badDate"));
            return null;
        }
    }

    private static Map<String, Object> totals(PeriodReport.Totals t, Salon salon, Words words) {
        Map<String, Object> m = new HashMap<>();
        m.put("invited", t.invited());
        m.put("converted", t.converted());
        m.put("referrers", t.referrers());
        m.put("conversion", t.conversionPercent() == null ? "—" : t.conversionPercent() + "%");
        m.put("points", Amounts.money(t.points(), salon.currency(), words.locale()));
        m.put("discounts", t.discounts());
        m.put("reversed", t.reversed());
        return m;
    }

    private static Map<String, Object> row(PeriodReport.Invitation i, Salon salon, Words words, DateTimeFormatter day) {
        Map<String, Object> m = new HashMap<>();
        m.put("referrerId", i.link().referrerId());
        m.put("referrer", i.referrerName() == null ? words.get("deletedClient") : i.referrerName());
        m.put("referrerKnown", i.referrerName() != null);
        m.put("invitedId", i.link().referredId());
        m.put("invited", i.invitedName() == null ? words.get("deletedClient") : i.invitedName());
        m.put("invitedKnown", i.invitedName() != null);
        m.put("code", i.link().code());
        m.put("invitedOn", day.format(i.invitedOn()));
        m.put("converted", i.converted());
        m.put("reversed", i.reversed());
        m.put("firstVisit", !i.converted() ? words.get("notYet")
                : i.firstVisitOn() == null ? words.get("yes") : day.format(i.firstVisitOn()));
        m.put("reward", reward(i, salon, words));
        return m;
    }

    private static String reward(PeriodReport.Invitation i, Salon salon, Words words) {
        Reward r = i.reward();
        if (r == null) {
            return i.converted() ? words.get("rewardUnpaid") : i.link().reversed() ? words.get("rewardReversedUnpaid") : "—";
        }
        if (Reward.POINTS.equals(r.kind())) {
            String points = Amounts.money(r.points(), salon.currency(), words.locale());
            if (!r.reversed()) {
                return words.get("rewardPoints", points);
            }
            if (r.takenBack() == null) {
                return words.get("rewardPointsReversalPending", points);
            }
            return words.get("rewardPointsReversed", points, Amounts.money(r.takenBack(), salon.currency(), words.locale()),
                    Amounts.money(r.shortfall(), salon.currency(), words.locale()));
        }
        return words.get("rewardDiscount", Amounts.percent(r.basisPoints()), words.get("status." + r.status()));
    }

    /** The salon's current rules in one line each: they live in the plugin's settings, which the host's Plugins page edits. */
    private List<String> rules(Salon salon, Words words) {
        ReferralSettings s = ReferralSettings.of(context.settings(salon.id()));
        String referrer = ReferralSettings.POINTS.equals(s.referrerRewardKind())
                ? words.get("ruleReferrerPoints", Amounts.money(s.referrerPoints(), salon.currency(), words.locale()),
                Amounts.percent(s.referrerDiscountBasisPoints()))
                : words.get("ruleReferrerDiscount", Amounts.percent(s.referrerDiscountBasisPoints()));
        String welcome = ReferralSettings.PERCENT.equals(s.welcomeDiscountKind())
                ? words.get("ruleWelcome", Amounts.percent(s.welcomeDiscountBasisPoints()))
                : words.get("ruleWelcome", Amounts.money(s.welcomeDiscountAmount(), salon.currency(), words.locale()));
        String cap = s.monthlyCapPerReferrer() == 0 ? words.get("ruleNoCap") : words.get("ruleCap", s.monthlyCapPerReferrer());
        return List.of(referrer, welcome, cap);
    }
}
