package app.atelier.plugins.referral.intake;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ClientView;
import app.atelier.plugins.referral.ReferralSettings;
import app.atelier.plugins.referral.code.CodeStore;
import app.atelier.plugins.referral.code.PromoCodes;
import app.atelier.plugins.referral.intake.Refusal.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Records that a new client was brought by the owner of a promo code, under the program's rules:
 * the code exists, its owner is another person (not the same client, phone or email), the client
 * has not visited before, has not been referred before, and the referrer is within the salon's
 * monthly cap (calendar months in the salon's zone).
 */
public final class ReferralService {
    /** How a referral reached the plugin. */
    public static final String DESK = "desk";
    public static final String EXTENSION = "extension";

    private final PluginContext context;
    private final CodeStore codes;

    public ReferralService(PluginContext context) {
        this.context = context;
        this.codes = new CodeStore(context);
    }

    /** A recorded referral. */
    public record Accepted(long linkId, ClientView referrer, ClientView referred, String code) {
    }

    /**
     * Records the referral or throws {@link Refusal} saying why not.
     *
     * @param channel   {@link #DESK} or {@link #EXTENSION}
     * @param createdBy the salon user, or {@code null}
     */
    public Accepted refer(long salonId, long clientId, String typedCode, String channel, Long createdBy) {
        if (typedCode == null || typedCode.isBlank()) {
            throw new Refusal(Reason.INVALID, "give the promo code of the client who recommended the salon");
        }
        ClientView referred = context.salonData().client(salonId, clientId)
                .orElseThrow(() -> new Refusal(Reason.NO_CLIENT, "there is no client " + clientId + " in this salon"));
        String code = PromoCodes.normalize(typedCode);
        ClientView referrer = (PromoCodes.wellFormed(code) ? codes.ownerOf(salonId, code) : Optional.<Long>empty())
                .flatMap(owner -> context.salonData().client(salonId, owner))
                .orElseThrow(() -> new Refusal(Reason.UNKNOWN_CODE, "\"" + typedCode.trim()
                        + "\" is not a promo code of this salon: check the spelling"));
        boolean publicFacing = EXTENSION.equals(channel);
        SelfReferral.shared(referrer, referred).ifPresent(what -> {
            throw new Refusal(Reason.SELF, what.equals("own")
                    ? "a client cannot use their own promo code"
                    : "promo code " + code + " belongs to a client with the same " + what + ": a client cannot refer themselves");
        });
        boolean cycle = context.database().withHandle(h -> LinkStore.ofReferred(h, salonId, referrer.id()))
                .filter(l -> l.referrerId() == clientId).isPresent();
        if (cycle) {
            throw new Refusal(Reason.SELF, name(referrer, publicFacing) + " was brought with " + name(referred, publicFacing)
                    + "'s own code: two clients cannot refer each other");
        }
        if (visitedBefore(salonId, clientId)) {
            throw new Refusal(Reason.NOT_NEW, "a promo code is for new clients only: " + name(referred, publicFacing)
                    + " has visited the salon before");
        }
        long cap = ReferralSettings.of(context.settings(salonId)).monthlyCapPerReferrer();
        Salon salon = context.salonData().salon(salonId).orElseThrow();
        Instant now = context.clock().instant();
        Instant monthStart = monthStart(now, salon.zone());
        Instant nextMonth = monthStart.atZone(salon.zone()).toLocalDate().plusMonths(1).atStartOfDay(salon.zone()).toInstant();
        try {
            long linkId = context.database().inTransaction(h -> {
                // checked again inside the write transaction: two desks may refer the same client at once
                Optional<Link> earlier = LinkStore.ofReferred(h, salonId, clientId);
                if (earlier.isPresent()) {
                    throw alreadyReferred(referred, earlier.get(), publicFacing);
                }
                if (cap > 0 && LinkStore.countBy(h, salonId, referrer.id(), monthStart, nextMonth) >= cap) {
                    throw new Refusal(Reason.MONTHLY_CAP, name(referrer, publicFacing) + " has already brought " + cap
                            + (cap == 1 ? " client" : " clients") + " this month, the most this salon allows; "
                            + "the code works again from " + nextMonth.atZone(salon.zone()).toLocalDate());
                }
                return LinkStore.insert(h, salonId, referrer.id(), clientId, code, channel, createdBy, now);
            });
            return new Accepted(linkId, referrer, referred, code);
        } catch (UnableToExecuteStatementException e) {
            // the unique (salon, referred) constraint caught a race the check above could not see
            Link winner = context.database().withHandle(h -> LinkStore.ofReferred(h, salonId, clientId)).orElseThrow(() -> e);
            throw alreadyReferred(referred, winner, publicFacing);
        }
    }

    private Refusal alreadyReferred(ClientView referred, Link earlier, boolean publicFacing) {
        String by = context.salonData().client(earlier.salonId(), earlier.referrerId()).map(c -> name(c, publicFacing))
                .orElse("another client");
        return new Refusal(Reason.ALREADY_REFERRED, name(referred, publicFacing) + " was already referred by " + by
                + " (code " + earlier.code() + "): a client can be referred only once");
    }

    /**
     * How a message names a client: in full for the desk; by first name only on public pages, where
     * whoever types a code must not learn its owner's full name.
     */
    static String name(ClientView client, boolean publicFacing) {
        String full = client.name() == null ? "" : client.name().trim();
        if (!publicFacing) {
            return full;
        }
        int space = full.indexOf(' ');
        return space > 0 ? full.substring(0, space) : full;
    }

    /**
     * Whether the client completed a visit before. ClientStats leaves refunded visits out of its
     * count, but a refunded visit was a visit all the same: look at the visits themselves too.
     */
    private boolean visitedBefore(long salonId, long clientId) {
        if (context.salonData().clientStats(salonId, clientId).completedVisits() > 0) {
            return true;
        }
        Instant now = context.clock().instant();
        return context.salonData().visits(salonId, Instant.EPOCH, now.plus(Duration.ofDays(3_660)), null, clientId).stream()
                .anyMatch(v -> "completed".equals(v.status()));
    }

    /** The first instant of the calendar month that contains {@code now}, in the salon's zone. */
    static Instant monthStart(Instant now, ZoneId zone) {
        LocalDate first = now.atZone(zone).toLocalDate().withDayOfMonth(1);
        return first.atStartOfDay(zone).toInstant();
    }
}
