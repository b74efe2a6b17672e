package app.atelier.proof;

import app.atelier.api.AtelierPlugin;
import app.atelier.api.PluginContext;
import app.atelier.api.settings.SettingField;
import app.atelier.api.settings.SettingsSchema;
import java.util.List;

/**
 * The host's test fixture: one extension per extension point, each leaving a trace in the
 * plugin's own tables so that tests can see exactly what was called, when and how often.
 * The {@code failMode} setting makes one of them throw.
 */
public final class ProofPlugin extends AtelierPlugin {

    public ProofPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SettingsSchema.of(
                SettingField.integer("discountBasisPoints", "Proof discount, basis points", 1000, 0, 10_000),
                SettingField.choice("failMode", "Which extension throws", "none",
                        List.of("none", "pricing", "checkout", "refund", "events-once", "route", "task")));
    }

    static String failMode(PluginContext context, long salonId) {
        return context.settings(salonId).text("failMode");
    }
}
