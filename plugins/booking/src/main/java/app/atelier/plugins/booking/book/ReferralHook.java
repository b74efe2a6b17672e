package app.atelier.plugins.booking.book;

import app.atelier.api.PluginContext;
import app.atelier.api.referral.ReferralRequest;
import app.atelier.api.referral.ReferralResult;
import app.atelier.api.referral.Referrals;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes a promo code typed at booking to the referral plugin, when it is active for the salon.
 * Its refusal ("a client cannot use their own code") is shown, never an error: the visit is booked
 * either way.
 */
public final class ReferralHook {
    private static final Logger LOG = LoggerFactory.getLogger(ReferralHook.class);

    private final PluginContext context;

    public ReferralHook(PluginContext context) {
        this.context = context;
    }

    /** Whether a promo code field makes sense for the salon now. */
    public boolean available(long salonId) {
        return !context.extensions(salonId, Referrals.class).isEmpty();
    }

    /** The referral plugin's answer, or empty when it is not active (or failed). */
    public Optional<ReferralResult> refer(long salonId, long clientId, String code) {
        List<Referrals> all = context.extensions(salonId, Referrals.class);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Referrals referrals = all.get(0);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            // the other plugin's code runs with its own loader, as the host's guarded calls do
            thread.setContextClassLoader(referrals.getClass().getClassLoader());
            return Optional.ofNullable(referrals.refer(new ReferralRequest(salonId, clientId, code)));
        } catch (RuntimeException e) {
            LOG.warn("referral plugin failed on a booking's promo code: {} at {}", e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
