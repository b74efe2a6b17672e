package app.atelier.plugins.bonus.clients;

import app.atelier.api.PluginContext;
import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.ledger.Ledger;
import app.atelier.plugins.bonus.ledger.Lot;
import app.atelier.plugins.bonus.program.Program;
import app.atelier.plugins.bonus.program.ProgramStore;
import app.atelier.plugins.bonus.program.Tier;
import app.atelier.api.Salon;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A client's points, tier and what expires, for the API and the widgets. Reads only. */
public final class ClientBonus {
    private static final int EXPIRING_SHOWN = 20;

    private final PluginContext context;

    public ClientBonus(PluginContext context) {
        this.context = context;
    }

    /**
     * A client's bonus standing.
     *
     * @param balance  the sum of the client's ledger, minor units
     * @param spent    money paid over all time (what tiers count), minor units
     * @param program  the program whose tier is shown: the oldest enabled permanent one, else a running promotion
     * @param tier     the tier reached in it, or {@code null}
     * @param next     the next tier, or {@code null} at the top
     * @param expiring lots with an expiry, soonest first
     */
    public record Summary(long clientId, long balance, long spent, Program program, Tier tier, Tier next, List<Lot> expiring) {
    }

    public Summary of(Salon salon, long clientId) {
        var now = context.clock().instant();
        Texts texts = Texts.of(context, salon);
        record Read(long balance, List<Lot> lots, List<Program> programs) {
        }
        Read read = context.database().withHandle(h -> {
            Ledger ledger = new Ledger(h, now, texts);
            return new Read(ledger.balance(salon.id(), clientId), ledger.store().lots(salon.id(), clientId),
                    new ProgramStore(h).list(salon.id()));
        });
        long spent = context.salonData().clientStats(salon.id(), clientId).totalPaid();
        Program main = mainProgram(read.programs(), now.atZone(salon.zone()).toLocalDate()).orElse(null);
        Tier tier = main == null ? null : main.tierFor(spent).orElse(null);
        Tier next = main == null ? null : main.nextTier(spent).orElse(null);
        List<Lot> expiring = read.lots().stream().filter(l -> l.expiresAt() != null && !l.expiredAt(now))
                .sorted(Comparator.comparing(Lot::expiresAt)).limit(EXPIRING_SHOWN).toList();
        return new Summary(clientId, read.balance(), spent, main, tier, next, expiring);
    }

    static Optional<Program> mainProgram(List<Program> programs, LocalDate today) {
        return programs.stream().filter(p -> p.enabled() && Program.PERMANENT.equals(p.kind())).findFirst()
                .or(() -> programs.stream().filter(p -> p.runsOn(today)).findFirst());
    }

    /** The API's JSON of a summary. */
    public static Map<String, Object> json(Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientId", s.clientId());
        m.put("balance", s.balance());
        m.put("spent", s.spent());
        Map<String, Object> tier = null;
        if (s.tier() != null) {
            tier = new LinkedHashMap<>();
            tier.put("program", s.program().name());
            tier.put("programId", s.program().id());
            tier.put("name", s.tier().name());
            tier.put("minSpent", s.tier().minSpent());
            tier.put("accrualBasisPoints", s.tier().accrualBasisPoints());
            tier.put("percent", Texts.percent(s.tier().accrualBasisPoints()));
        }
        m.put("tier", tier);
        Map<String, Object> next = null;
        if (s.next() != null) {
            next = new LinkedHashMap<>();
            next.put("name", s.next().name());
            next.put("minSpent", s.next().minSpent());
            next.put("accrualBasisPoints", s.next().accrualBasisPoints());
            next.put("remaining", s.next().minSpent() - s.spent());
        }
        m.put("nextTier", next);
        m.put("expiring", s.expiring().stream().map(l -> Map.<String, Object>of("amount", l.remaining(),
                "expiresAt", l.expiresAt().toString())).toList());
        return m;
    }
}
