package app.atelier.plugins.referral.intake;

import app.atelier.api.PluginContext;
import app.atelier.api.referral.ReferralRequest;
import app.atelier.api.referral.ReferralResult;
import app.atelier.api.referral.Referrals;
import org.pf4j.Extension;

/**
 * The {@link Referrals} extension other plugins call (online booking passes the code a new
 * client typed). A refusal is an answer, not an error: {@code accepted=false} with the message.
 */
@Extension
public final class ReferralsExtension implements Referrals {
    private final ReferralService service;

    public ReferralsExtension(PluginContext context) {
        this.service = new ReferralService(context);
    }

    @Override
    public ReferralResult refer(ReferralRequest request) {
        try {
            ReferralService.Accepted ok = service.refer(request.salonId(), request.clientId(), request.code(),
                    ReferralService.EXTENSION, null);
            return new ReferralResult(true, ok.referrer().id(), "Welcome! You were recommended by "
                    + ReferralService.name(ok.referrer(), true) + ".");
        } catch (Refusal refusal) {
            return new ReferralResult(false, null, refusal.getMessage());
        }
    }
}
