package app.atelier.plugins.referral.reward;

import app.atelier.api.PluginContext;
import app.atelier.api.bonus.BonusWallet;
import app.atelier.api.bonus.ReversalResult;
import app.atelier.api.bonus.WalletReversal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Takes back the points of a reversed reward through the bonus plugin's {@link BonusWallet}, in the
 * caller's transaction, and records what came back ({@code taken_back}) and what the referrer had
 * already spent ({@code shortfall}). Without an active wallet (bonus switched off) it does nothing and
 * the reward waits, {@code reversal_pending}, for {@link TakeBackTask} or the link's next reward.
 */
final class TakeBack {
    private TakeBack() {
    }

    /** Takes back one reversed points reward; empty when no wallet can do it now. */
    static Optional<ReversalResult> of(PluginContext context, Handle h, long salonId, Reward reward, Instant at) {
        List<BonusWallet> wallets = context.extensions(salonId, BonusWallet.class);
        if (wallets.isEmpty()) {
            return Optional.empty();
        }
        String key = reward.walletKey() != null ? reward.walletKey() : "referral:" + reward.linkId();
        ReversalResult result;
        try {
            result = wallets.get(0).reverse(new WalletReversal(salonId, key, "Referral reward taken back: the visit #"
                    + reward.earnedVisitId() + " that earned it was refunded", context.pluginId(), h));
        } catch (UnsupportedOperationException olderWallet) {
            return Optional.empty();
        }
        RewardStore.recordTakeBack(h, salonId, reward.id(), result.takenBack(), result.shortfall(), at);
        return Optional.of(result);
    }

    /** Takes back every reward of the salon (of one link when {@code linkId} is given) that waits; returns how many. */
    static int pending(PluginContext context, Handle h, long salonId, Long linkId, Instant at) {
        int done = 0;
        for (Reward reward : RewardStore.awaitingTakeBack(h, salonId, linkId)) {
            if (of(context, h, salonId, reward, at).isEmpty()) {
                break;
            }
            done++;
        }
        return done;
    }
}
