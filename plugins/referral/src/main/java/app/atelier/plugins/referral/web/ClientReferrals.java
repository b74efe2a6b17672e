package app.atelier.plugins.referral.web;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import app.atelier.plugins.referral.code.CodeStore;
import app.atelier.plugins.referral.intake.Link;
import app.atelier.plugins.referral.intake.LinkStore;
import app.atelier.plugins.referral.reward.Reward;
import app.atelier.plugins.referral.reward.RewardStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One client's side of the program, as JSON-ready maps: their code, who brought them, whom they
 * brought and their rewards. Shared by the REST route and the widget.
 */
final class ClientReferrals {
    private final PluginContext context;
    private final CodeStore codes;

    ClientReferrals(PluginContext context) {
        this.context = context;
        this.codes = new CodeStore(context);
    }

    /** Everything about the client, or empty when the salon has no such client. */
    Optional<Map<String, Object>> of(long salonId, long clientId) {
        Optional<ClientView> client = context.salonData().client(salonId, clientId);
        if (client.isEmpty()) {
            return Optional.empty();
        }
        String code = codes.ensure(client.get());
        record Rows(Optional<Link> by, List<Link> brought, List<Reward> rewards) {
        }
        Rows rows = context.database().withHandle(h -> new Rows(LinkStore.ofReferred(h, salonId, clientId),
                LinkStore.broughtBy(h, salonId, clientId), RewardStore.ofClient(h, salonId, clientId)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", clientId);
        body.put("code", code);
        body.put("referredBy", rows.by().map(link -> {
            Map<String, Object> by = person(salonId, link.referrerId());
            by.put("code", link.code());
            by.put("referredAt", link.createdAt().toString());
            by.put("firstVisitPaid", link.firstVisitPaid());
            return by;
        }).orElse(null));
        List<Map<String, Object>> brought = new ArrayList<>();
        for (Link link : rows.brought()) {
            Map<String, Object> one = person(salonId, link.referredId());
            one.put("referredAt", link.createdAt().toString());
            one.put("firstVisitPaid", link.firstVisitPaid());
            one.put("status", link.settled() ? "settled" : link.reversed() ? "reversed" : "open");
            brought.add(one);
        }
        body.put("brought", brought);
        List<Map<String, Object>> rewards = new ArrayList<>();
        for (Reward r : rows.rewards()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", r.id());
            one.put("kind", r.kind());
            one.put("status", r.status());
            one.put("points", r.points());
            one.put("basisPoints", r.basisPoints());
            one.put("earnedVisitId", r.earnedVisitId());
            one.put("usedVisitId", r.usedVisitId());
            one.put("usedAmount", r.usedAmount());
            one.put("reversedAt", r.reversedAt() == null ? null : r.reversedAt().toString());
            one.put("takenBack", r.takenBack());
            one.put("shortfall", r.shortfall());
            rewards.add(one);
        }
        body.put("rewards", rewards);
        return Optional.of(body);
    }

    private Map<String, Object> person(long salonId, long clientId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("clientId", clientId);
        // a deleted card keeps its place in the history, without a name
        p.put("name", context.salonData().client(salonId, clientId).map(ClientView::name).orElse(null));
        return p;
    }
}
