package app.atelier.plugins.reminders.preview;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.ServiceView;
import app.atelier.api.data.StaffView;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.plan.Kind;
import app.atelier.plugins.reminders.template.Facts;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Made-up facts for a preview without a real visit: a client, tomorrow at 15:00 with the salon's
 * first master and service, sample links. Nothing is stored.
 */
final class Samples {
    private final PluginContext context;

    Samples(PluginContext context) {
        this.context = context;
    }

    ClientView client(Salon salon) {
        boolean ru = "ru".equals(salon.locale().getLanguage());
        return new ClientView(0, salon.id(), ru ? "Анна Смирнова" : "Anna Smith", "+10000000000", "anna@example.com",
                null, null, List.of(), true);
    }

    /** A slot that names something real where the kind needs one. */
    String slot(Salon salon, Kind kind) {
        return switch (kind) {
            case REPEAT_INVITATION -> context.salonData().services(salon.id()).stream().filter(ServiceView::active)
                    .findFirst().map(s -> "s" + s.id()).orElse("s0");
            case REACTIVATION -> Long.toString(context.clock().instant().minus(Duration.ofDays(120)).getEpochSecond());
            case BONUS_EXPIRY -> app.atelier.plugins.reminders.plan.Timing.bonusSlot(
                    new app.atelier.plugins.reminders.plan.Offset(7, true), context.clock().instant().plus(Duration.ofDays(7)));
            default -> "-";
        };
    }

    Map<String, String> visitValues(Salon salon, RemindersSettings s, String lang) {
        var start = context.clock().instant().atZone(salon.zone()).toLocalDate().plusDays(1).atTime(LocalTime.of(15, 0))
                .atZone(salon.zone()).toInstant();
        Facts facts = Facts.of(salon, lang).visitStart(start);
        Map<String, String> values = new HashMap<>(facts.values());
        values.keySet().retainAll(Kind.VISIT);
        values.put("master", context.salonData().staff(salon.id()).stream().filter(StaffView::active).findFirst()
                .map(StaffView::name).orElse("Vera"));
        values.put("services", context.salonData().services(salon.id()).stream().filter(ServiceView::active).findFirst()
                .map(ServiceView::name).orElse("Haircut"));
        if (!s.publicUrl().isEmpty()) {
            String link = s.publicUrl() + "/s/" + salon.slug() + "/reminders/confirm/sample";
            values.put("confirmLink", link);
            values.put("cancelLink", link + "?action=cancel");
        }
        return values;
    }
}
