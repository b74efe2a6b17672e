package app.atelier.plugins.referral.web;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ClientStats;
import app.atelier.api.data.ClientView;
import app.atelier.plugins.referral.intake.Link;
import app.atelier.plugins.referral.intake.LinkStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The referrers' report: for clients brought in a period (by the day the referral was recorded,
 * salon-local dates, both ends included), per referrer how many they brought, how many of those
 * returned (two or more completed visits) and the revenue those clients brought over all time
 * (the sum of what they paid; refunded visits do not count).
 */
final class ReferralReport {
    private final PluginContext context;

    ReferralReport(PluginContext context) {
        this.context = context;
    }

    /** One referrer's line. */
    record Line(long clientId, String name, String code, int brought, int returned, long revenue) {
    }

    Map<String, Object> build(Salon salon, LocalDate from, LocalDate to) {
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(salon.zone()).toInstant();
        Instant end = to == null ? Instant.ofEpochMilli(Long.MAX_VALUE / 2) : to.plusDays(1).atStartOfDay(salon.zone()).toInstant();
        List<Link> links = context.database().withHandle(h -> LinkStore.recorded(h, salon.id(), start, end));
        Map<Long, long[]> byReferrer = new LinkedHashMap<>();
        Map<Long, String> codes = new LinkedHashMap<>();
        for (Link link : links) {
            ClientStats stats = context.salonData().clientStats(salon.id(), link.referredId());
            long[] sums = byReferrer.computeIfAbsent(link.referrerId(), id -> new long[3]);
            sums[0]++;
            sums[1] += stats.completedVisits() >= 2 ? 1 : 0;
            sums[2] = Math.addExact(sums[2], stats.totalPaid());
            codes.putIfAbsent(link.referrerId(), link.code());
        }
        List<Line> lines = new ArrayList<>();
        byReferrer.forEach((referrer, sums) -> lines.add(new Line(referrer,
                context.salonData().client(salon.id(), referrer).map(ClientView::name).orElse(null), codes.get(referrer),
                (int) sums[0], (int) sums[1], sums[2])));
        lines.sort(Comparator.comparingInt(Line::brought).reversed().thenComparing(Comparator.comparingLong(Line::revenue).reversed())
                .thenComparingLong(Line::clientId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from == null ? null : from.toString());
        body.put("to", to == null ? null : to.toString());
        body.put("currency", salon.currency());
        body.put("referrers", lines.stream().map(ReferralReport::json).toList());
        body.put("totals", Map.of("brought", lines.stream().mapToInt(Line::brought).sum(),
                "returned", lines.stream().mapToInt(Line::returned).sum(),
                "revenue", lines.stream().mapToLong(Line::revenue).sum()));
        return body;
    }

    private static Map<String, Object> json(Line line) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientId", line.clientId());
        m.put("name", line.name());
        m.put("code", line.code());
        m.put("brought", line.brought());
        m.put("returned", line.returned());
        m.put("revenue", line.revenue());
        return m;
    }
}
