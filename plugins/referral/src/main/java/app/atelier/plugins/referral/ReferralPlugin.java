package app.atelier.plugins.referral;

import app.atelier.api.AtelierPlugin;
import app.atelier.api.PluginContext;

/** The referral plugin. */
public final class ReferralPlugin extends AtelierPlugin {

    public ReferralPlugin(PluginContext context) {
        super(context);
    }
}
