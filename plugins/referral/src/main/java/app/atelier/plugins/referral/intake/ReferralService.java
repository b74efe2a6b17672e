package app.atelier.plugins.referral.intake;

import app.atelier.api.PluginContext;
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
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
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

    public ReferralService(PluginContext context) {
        this.context = context;
    }

    /** A recorded referral. */
    public record Accepted(long linkId, ClientView referrer, ClientView referred, String code) {
    }

    /**
     * A referral that passes every rule as of now, not recorded: what a quote shows before the
     * checkout records it.
     *
     * @param code the code in canonical form
     */
    public record Candidate(ClientView referrer, ClientView referred, String code) {
    }

    /**
     * Records the referral in a transaction of its own or throws {@link Refusal} saying why not.
     *
     * @param channel   {@link #DESK} or {@link #EXTENSION}
     * @param createdBy the salon user, or {@code null}
     */
    public Accepted refer(long salonId, long clientId, String typedCode, String channel, Long createdBy) {
        boolean publicFacing = EXTENSION.equals(channel);
        Candidate candidate = check(Tables.of(context.database()), salonId, clientId, typedCode, publicFacing);
        Instant now = context.clock().instant();
        Cap cap = cap(salonId, now);
        try {
            long linkId = context.database().inTransaction(h -> record(h, salonId, candidate, channel, createdBy, now, cap,
                    publicFacing));
            return new Accepted(linkId, candidate.referrer(), candidate.referred(), candidate.code());
        } catch (UnableToExecuteStatementException e) {
            // the unique (salon, referred) constraint caught a race the check above could not see
            Link winner = context.database().withHandle(h -> LinkStore.ofReferred(h, salonId, clientId)).orElseThrow(() -> e);
            throw alreadyReferred(candidate.referred(), winner, publicFacing);
        }
    }

    /**
     * Records the referral in the caller's open transaction (a checkout's: the link then commits or
     * rolls back with the visit), under the same rules as {@link #refer}; throws {@link Refusal}.
     * A race on the unique (salon, referred) constraint surfaces as the driver's exception: the
     * caller's transaction is lost with it.
     */
    public Accepted referIn(Handle h, long salonId, long clientId, String typedCode, String channel, Long createdBy, Instant now) {
        boolean publicFacing = EXTENSION.equals(channel);
        Candidate candidate = check(Tables.of(h), salonId, clientId, typedCode, publicFacing);
        long linkId = record(h, salonId, candidate, channel, createdBy, now, cap(salonId, now), publicFacing);
        return new Accepted(linkId, candidate.referrer(), candidate.referred(), candidate.code());
    }

    /**
     * Whether the code would be accepted for the client now, reading only; throws {@link Refusal}
     * saying why not. For the desk (full names in the messages).
     */
    public Candidate check(long salonId, long clientId, String typedCode) {
        return check(Tables.of(context.database()), salonId, clientId, typedCode, false);
    }

    /** Every rule, in the order the messages are given; reads only. */
    private Candidate check(Tables tables, long salonId, long clientId, String typedCode, boolean publicFacing) {
        if (typedCode == null || typedCode.isBlank()) {
            throw new Refusal(Reason.INVALID, "give the promo code of the client who recommended the salon", "noCode");
        }
        ClientView referred = context.salonData().client(salonId, clientId)
                .orElseThrow(() -> new Refusal(Reason.NO_CLIENT, "there is no client " + clientId + " in this salon",
                        "noClient", clientId));
        String code = PromoCodes.normalize(typedCode);
        ClientView referrer = (PromoCodes.wellFormed(code) ? tables.read(h -> CodeStore.ownerOf(h, salonId, code)) : Optional.<Long>empty())
                .flatMap(owner -> context.salonData().client(salonId, owner))
                .orElseThrow(() -> new Refusal(Reason.UNKNOWN_CODE, "\"" + typedCode.trim()
                        + "\" is not a promo code of this salon: check the spelling", "unknownCode", typedCode.trim()));
        SelfReferral.shared(referrer, referred).ifPresent(what -> {
            throw what.equals("own")
                    ? new Refusal(Reason.SELF, "a client cannot use their own promo code", "ownCode")
                    : new Refusal(Reason.SELF, "promo code " + code + " belongs to a client with the same " + what
                    + ": a client cannot refer themselves", what.equals("email") ? "sameEmail" : "samePhone", code);
        });
        boolean cycle = tables.read(h -> LinkStore.ofReferred(h, salonId, referrer.id()))
                .filter(l -> l.referrerId() == clientId).isPresent();
        if (cycle) {
            throw new Refusal(Reason.SELF, name(referrer, publicFacing) + " was brought with " + name(referred, publicFacing)
                    + "'s own code: two clients cannot refer each other", "cycle", name(referrer, publicFacing),
                    name(referred, publicFacing));
        }
        if (visitedBefore(salonId, clientId)) {
            throw new Refusal(Reason.NOT_NEW, "a promo code is for new clients only: " + name(referred, publicFacing)
                    + " has visited the salon before", "notNew", name(referred, publicFacing));
        }
        Candidate candidate = new Candidate(referrer, referred, code);
        Cap cap = cap(salonId, context.clock().instant());
        requireOpen(tables.read(h -> openFacts(h, salonId, candidate, cap)), candidate, cap, publicFacing);
        return candidate;
    }

    /** Checks again inside the write transaction what another desk may have changed meanwhile, and records the link. */
    private long record(Handle h, long salonId, Candidate candidate, String channel, Long createdBy, Instant now, Cap cap,
                        boolean publicFacing) {
        requireOpen(openFacts(h, salonId, candidate, cap), candidate, cap, publicFacing);
        return LinkStore.insert(h, salonId, candidate.referrer().id(), candidate.referred().id(), candidate.code(), channel,
                createdBy, now);
    }

    /** The salon's monthly cap per referrer (0 = none) and the calendar month of {@code now} in the salon's zone. */
    private record Cap(long max, Instant monthStart, Instant nextMonth, ZoneId zone) {
    }

    private Cap cap(long salonId, Instant now) {
        long max = ReferralSettings.of(context.settings(salonId)).monthlyCapPerReferrer();
        ZoneId zone = context.salonData().salon(salonId).orElseThrow().zone();
        Instant monthStart = monthStart(now, zone);
        Instant nextMonth = monthStart.atZone(zone).toLocalDate().plusMonths(1).atStartOfDay(zone).toInstant();
        return new Cap(max, monthStart, nextMonth, zone);
    }

    /** What another desk can change at any moment: whether the client was referred meanwhile, how many the referrer brought this month. */
    private record Open(Optional<Link> earlier, int broughtThisMonth) {
    }

    private static Open openFacts(Handle h, long salonId, Candidate candidate, Cap cap) {
        return new Open(LinkStore.ofReferred(h, salonId, candidate.referred().id()),
                cap.max() > 0 ? LinkStore.countBy(h, salonId, candidate.referrer().id(), cap.monthStart(), cap.nextMonth()) : 0);
    }

    private void requireOpen(Open facts, Candidate candidate, Cap cap, boolean publicFacing) {
        if (facts.earlier().isPresent()) {
            throw alreadyReferred(candidate.referred(), facts.earlier().get(), publicFacing);
        }
        if (cap.max() > 0 && facts.broughtThisMonth() >= cap.max()) {
            String referrer = name(candidate.referrer(), publicFacing);
            LocalDate again = cap.nextMonth().atZone(cap.zone()).toLocalDate();
            throw new Refusal(Reason.MONTHLY_CAP, referrer + " has already brought " + cap.max()
                    + (cap.max() == 1 ? " client" : " clients") + " this month, the most this salon allows; "
                    + "the code works again from " + again, "monthlyCap", referrer, cap.max(), again);
        }
    }

    private Refusal alreadyReferred(ClientView referred, Link earlier, boolean publicFacing) {
        Optional<String> by = context.salonData().client(earlier.salonId(), earlier.referrerId()).map(c -> name(c, publicFacing));
        return new Refusal(Reason.ALREADY_REFERRED, name(referred, publicFacing) + " was already referred by "
                + by.orElse("another client") + " (code " + earlier.code() + "): a client can be referred only once",
                by.isPresent() ? "alreadyReferred" : "alreadyReferredDeleted", name(referred, publicFacing), earlier.code(),
                by.orElse(""));
    }

    /**
     * Where the plugin's own tables are read: each read on a connection of its own outside a
     * transaction, or on the caller's handle inside one (a checkout holds the only SQLite writer).
     */
    private static final class Tables {
        private final Jdbi jdbi;
        private final Handle handle;

        private Tables(Jdbi jdbi, Handle handle) {
            this.jdbi = jdbi;
            this.handle = handle;
        }

        static Tables of(Jdbi jdbi) {
            return new Tables(jdbi, null);
        }

        static Tables of(Handle handle) {
            return new Tables(null, handle);
        }

        <T> T read(Function<Handle, T> query) {
            return handle != null ? query.apply(handle) : jdbi.withHandle(query::apply);
        }
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
