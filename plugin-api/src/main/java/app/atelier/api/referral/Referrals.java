package app.atelier.api.referral;

import app.atelier.api.ApiStatus;
import org.pf4j.ExtensionPoint;

/**
 * Records referrals, provided by the referral plugin for others (online booking passes the code
 * a new client typed). Absent when referral is not active for the salon.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface Referrals extends ExtensionPoint {

    /** Records that the client was referred by the owner of the code, if the rules allow it. */
    ReferralResult refer(ReferralRequest request);
}
