package app.atelier.plugins.reminders.send;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.bonus.BonusWallet;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.ServiceView;
import app.atelier.api.data.StaffView;
import app.atelier.api.data.VisitView;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.clients.VisitServices;
import app.atelier.plugins.reminders.confirm.SalonSecrets;
import app.atelier.plugins.reminders.bonus.PointsExpiry;
import app.atelier.plugins.reminders.plan.Kind;
import app.atelier.plugins.reminders.plan.Timing;
import app.atelier.plugins.reminders.template.Facts;
import app.atelier.plugins.reminders.template.Renderer;
import app.atelier.plugins.reminders.template.Template;
import app.atelier.plugins.reminders.template.TemplateStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a message: the template in force for the kind and language, filled with the facts looked up here. */
public final class MessageBuilder {
    private final PluginContext context;
    private final TemplateStore templates;
    private final VisitServices services;
    private final SalonSecrets secrets;
    private final PointsExpiry pointsExpiry;

    public MessageBuilder(PluginContext context) {
        this.context = context;
        this.templates = new TemplateStore(context);
        this.services = new VisitServices(context);
        this.secrets = new SalonSecrets(context);
        this.pointsExpiry = new PointsExpiry(context);
    }

    /** A rendered message. */
    public record Rendered(String subject, String body) {
    }

    /** The language messages of the salon are written in. */
    public static String lang(Salon salon) {
        String lang = salon.locale().getLanguage();
        return lang.isEmpty() ? "en" : lang;
    }

    /** Renders the template in force. */
    public Rendered build(Salon salon, RemindersSettings s, Kind kind, String slot, ClientView client, VisitView visit) {
        String lang = templates.language(salon.id(), kind, lang(salon));
        return render(templates.get(salon.id(), kind, lang), values(salon, s, lang, kind, slot, client, visit));
    }

    /** Renders a given template (a preview of unsaved text). */
    public static Rendered render(Template template, Map<String, String> values) {
        return new Rendered(Renderer.render(template.subject(), values).replaceAll("\\s+", " ").trim(),
                // an empty placeholder (no address set) must not leave blanks at line ends
                Renderer.render(template.body(), values).replaceAll("[ \\t]+(?=\\R|$)", "").trim());
    }

    /** The placeholder values for a message about {@code client} and, when not null, {@code visit}. */
    public Map<String, String> values(Salon salon, RemindersSettings s, String lang, Kind kind, String slot, ClientView client,
                                      VisitView visit) {
        Facts facts = Facts.of(salon, lang).put("clientName", client.name()).put("salonAddress", s.salonAddress())
                .put("reviewLink", s.reviewUrl());
        String base = s.publicUrl().isEmpty() ? null : s.publicUrl() + "/s/" + salon.slug();
        if (base != null) {
            facts.put("bookingLink", base + "/booking");
        }
        facts.put("bonusBalance", balance(salon, client.id(), facts));
        if (visit != null) {
            facts.visitStart(visit.start());
            facts.put("master", context.salonData().staff(salon.id()).stream().filter(m -> m.id() == visit.staffId())
                    .map(StaffView::name).findFirst().orElse(""));
            facts.put("services", services.of(salon.id(), visit.id()).stream().map(VisitServices.Line::name)
                    .collect(Collectors.joining(", ")));
            if (base != null) {
                String link = base + "/reminders/confirm/" + secrets.token(salon.id(), visit.id());
                facts.put("confirmLink", link).put("cancelLink", link + "?action=cancel");
            }
        }
        if (kind == Kind.REPEAT_INVITATION && slot != null && slot.startsWith("s")) {
            long serviceId = Long.parseLong(slot.substring(1));
            facts.put("service", context.salonData().services(salon.id()).stream().filter(x -> x.id() == serviceId)
                    .map(ServiceView::name).findFirst().orElse(""));
        }
        if (kind == Kind.BONUS_EXPIRY) {
            Timing.bonusSlotExpiry(slot).ifPresent(at -> {
                facts.put("expiryDate", facts.date(at));
                facts.put("points", points(salon, client.id(), at, facts));
            });
        }
        if (kind == Kind.BIRTHDAY) {
            facts.put("birthdayGift", birthdayGift(salon, client.id(), lang, facts));
        }
        if (kind == Kind.REACTIVATION && slot != null && slot.matches("[0-9]+")) {
            facts.put("lastVisitDate", facts.date(Instant.ofEpochSecond(Long.parseLong(slot))));
        }
        return facts.values();
    }

    /** The points of the client expiring at {@code at}, empty when unknown (no bonus plugin, a sample client). */
    private String points(Salon salon, long clientId, Instant at, Facts facts) {
        try {
            var left = pointsExpiry.remaining(salon.id(), clientId, at);
            return left.isPresent() && left.getAsLong() > 0 ? facts.money(left.getAsLong()) : "";
        } catch (RuntimeException e) {
            // another plugin's failure must not stop the message text from being built
            return "";
        }
    }

    /** The bonus balance through the bonus plugin's wallet, empty when that plugin is not active. */
    /** "We have added 500.00 bonus points…" when the bonus plugin granted birthday points this year, else empty. */
    private String birthdayGift(Salon salon, long clientId, String lang, Facts facts) {
        List<BonusWallet> wallets = context.extensions(salon.id(), BonusWallet.class);
        if (wallets.isEmpty()) {
            return "";
        }
        try {
            int year = context.clock().instant().atZone(salon.zone()).getYear();
            long points = wallets.get(0).birthdayGift(salon.id(), clientId, year);
            return points <= 0 ? "" : java.text.MessageFormat.format(
                    context.messages(java.util.Locale.forLanguageTag(lang)).getString("birthdayGiftText"), facts.money(points));
        } catch (RuntimeException e) {
            // another plugin's failure must not stop the greeting: the gift line is a nicety
            return "";
        }
    }

    private String balance(Salon salon, long clientId, Facts facts) {
        List<BonusWallet> wallets = context.extensions(salon.id(), BonusWallet.class);
        if (wallets.isEmpty()) {
            return "";
        }
        try {
            return facts.money(wallets.get(0).balance(salon.id(), clientId));
        } catch (RuntimeException e) {
            // another plugin's failure must not stop a reminder: the balance is a nicety
            return "";
        }
    }
}
