package app.atelier.plugins.reminders.bonus;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.bonus.BonusWallet;
import app.atelier.api.bonus.ExpiringPoints;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.plan.Offset;
import app.atelier.plugins.reminders.plan.Timing;
import app.atelier.plugins.reminders.plan.VisitPlanner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Warnings before bonus points expire, through the bonus plugin's {@link BonusWallet} (absent when
 * that plugin is not active for the salon: then nothing is planned and a planned warning is
 * skipped). Planning is repeated every hour; the dedup key of each warning (client, offset, expiry)
 * makes a repetition plan nothing new.
 */
public final class PointsExpiry {
    /** Points come into view this long before the longest offset's day, so no warning is planned late. */
    static final Duration LOOKAHEAD_MARGIN = Duration.ofDays(2);

    private final PluginContext context;
    private final VisitPlanner planner;

    public PointsExpiry(PluginContext context) {
        this.context = context;
        this.planner = new VisitPlanner(context);
    }

    /** Plans the warnings for points expiring in the coming window; returns how many rows were added. */
    public int plan(Salon salon, RemindersSettings s, Instant now) {
        Optional<BonusWallet> wallet = wallet(salon.id());
        if (!s.bonusExpiry() || wallet.isEmpty() || s.bonusExpiryOffsets().isEmpty()) {
            return 0;
        }
        long longest = s.bonusExpiryOffsets().stream().mapToLong(Offset::nominalHours).max().orElse(0);
        Instant until = now.plus(Duration.ofHours(longest + 1)).plus(LOOKAHEAD_MARGIN);
        List<ExpiringPoints> expiring = wallet.get().expiring(salon.id(), now, until);
        int planned = 0;
        for (ExpiringPoints points : expiring) {
            for (Offset offset : s.bonusExpiryOffsets()) {
                planned += Timing.bonusExpiry(s.messageHour(), points.clientId(), offset, points.expiresAt(), salon.zone(), now)
                        .map(intent -> planner.add(salon.id(), intent) ? 1 : 0).orElse(0);
            }
        }
        return planned;
    }

    /**
     * The client's points still due to expire at {@code expiresAt} (the whole second the slot names),
     * looked up when the warning goes, since points may have been spent meanwhile; empty when the
     * bonus plugin is not active.
     */
    public OptionalLong remaining(long salonId, long clientId, Instant expiresAt) {
        Optional<BonusWallet> wallet = wallet(salonId);
        if (wallet.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(wallet.get().expiring(salonId, expiresAt, expiresAt.plusSeconds(1)).stream()
                .filter(p -> p.clientId() == clientId).mapToLong(ExpiringPoints::amount).sum());
    }

    private Optional<BonusWallet> wallet(long salonId) {
        return context.extensions(salonId, BonusWallet.class).stream().findFirst();
    }
}
