package app.atelier.plugins.referral.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.VisitView;
import app.atelier.plugins.referral.intake.Link;
import app.atelier.plugins.referral.intake.LinkStore;
import app.atelier.plugins.referral.reward.Reward;
import app.atelier.plugins.referral.reward.RewardStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The referral figures of a period, as a cohort: the clients invited in it (by the day the referral
 * was recorded, salon-local, both ends included) and, as of now, which of them came to a first
 * completed visit (a converted invitation) and what their referrer got for it. Reads only.
 */
final class PeriodReport {
    private final PluginContext context;

    PeriodReport(PluginContext context) {
        this.context = context;
    }

    /**
     * One invitation.
     *
     * @param referrerName the client who brought the other, {@code null} for a deleted card
     * @param invitedName  the client brought, {@code null} for a deleted card
     * @param invitedOn    the salon-local day it was recorded
     * @param firstVisitOn the salon-local day of the first completed visit, {@code null} before it
     * @param reward       what the referrer got, the latest when a refund reversed an earlier one;
     *                     {@code null} when nothing (yet, or an unpaid first visit)
     * @param rewards      every reward of the invitation, oldest first
     */
    record Invitation(Link link, String referrerName, String invitedName, LocalDate invitedOn, LocalDate firstVisitOn, Reward reward,
                      List<Reward> rewards) {
        boolean converted() {
            return link.settled();
        }

        /** Whether a refund undid the first visit (and its reward) and no later first visit came yet. */
        boolean reversed() {
            return link.reversed() || (reward != null && reward.reversed());
        }
    }

    /**
     * The period's totals.
     *
     * @param invited   invitations recorded
     * @param converted of them, those that came to a first completed visit
     * @param referrers distinct clients who invited
     * @param points    bonus points credited to referrers and not taken back by a refund, minor units
     * @param discounts discounts on a next visit granted to referrers (cancelled ones not counted)
     * @param reversed  invitations whose first visit was refunded, reversing the reward, with no new first visit yet
     */
    record Totals(int invited, int converted, int referrers, long points, int discounts, int reversed) {
        /** {@code converted / invited} as a percent with one decimal at most ({@code 50}, {@code 33.3}); {@code null} with no invitation. */
        String conversionPercent() {
            if (invited == 0) {
                return null;
            }
            return BigDecimal.valueOf(converted * 100L).divide(BigDecimal.valueOf(invited), 1, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
        }
    }

    record Result(List<Invitation> invitations, Totals totals) {
    }

    Result of(Salon salon, LocalDate from, LocalDate to) {
        long salonId = salon.id();
        Instant start = from.atStartOfDay(salon.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(salon.zone()).toInstant();
        record Rows(List<Link> links, Map<Long, List<Reward>> rewards) {
        }
        Rows rows = context.database().withHandle(h -> {
            List<Link> links = LinkStore.recorded(h, salonId, start, end);
            List<Reward> rewards = RewardStore.ofLinks(h, salonId, links.stream().map(Link::id).toList());
            return new Rows(links, rewards.stream().collect(Collectors.groupingBy(Reward::linkId)));
        });
        Map<Long, Optional<ClientView>> clients = new HashMap<>();
        Function<Long, String> name = id -> clients.computeIfAbsent(id, c -> context.salonData().client(salonId, c))
                .map(ClientView::name).orElse(null);
        List<Invitation> invitations = new ArrayList<>();
        for (Link link : rows.links()) {
            LocalDate firstVisit = link.settledVisitId() == null ? null : context.salonData().visit(salonId, link.settledVisitId())
                    .map(VisitView::start).map(at -> at.atZone(salon.zone()).toLocalDate()).orElse(null);
            List<Reward> rewards = rows.rewards().getOrDefault(link.id(), List.of());
            invitations.add(new Invitation(link, name.apply(link.referrerId()), name.apply(link.referredId()),
                    link.createdAt().atZone(salon.zone()).toLocalDate(), firstVisit,
                    rewards.isEmpty() ? null : rewards.get(rewards.size() - 1), rewards));
        }
        return new Result(invitations, totals(invitations));
    }

    private static Totals totals(List<Invitation> invitations) {
        long points = 0;
        int discounts = 0;
        for (Invitation i : invitations) {
            for (Reward r : i.rewards()) {
                if (Reward.POINTS.equals(r.kind())) {
                    points = Math.addExact(points, r.points() - (r.takenBack() == null ? 0 : r.takenBack()));
                } else if (!r.cancelled()) {
                    discounts++;
                }
            }
        }
        return new Totals(invitations.size(), (int) invitations.stream().filter(Invitation::converted).count(),
                (int) invitations.stream().map(i -> i.link().referrerId()).distinct().count(), points, discounts,
                (int) invitations.stream().filter(Invitation::reversed).count());
    }
}
