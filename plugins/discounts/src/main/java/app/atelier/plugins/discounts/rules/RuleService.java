package app.atelier.plugins.discounts.rules;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ServiceView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What may be done to a salon's rules, for the REST API and the panel alike: both hand over a rule in
 * the JSON shape {@link RuleParser} reads, so a rule is validated in one place whichever door it came
 * through. Every call is scoped by the caller's salon; another salon's id is simply not found.
 */
public final class RuleService {
    private final PluginContext context;
    private final RuleStore store;

    public RuleService(PluginContext context) {
        this.context = context;
        this.store = new RuleStore(context.database());
    }

    /** Every rule of the salon, by id. */
    public List<Rule> list(long salonId) {
        return store.list(salonId);
    }

    public Optional<Rule> find(long salonId, long id) {
        return store.find(salonId, id);
    }

    /**
     * Stores a new rule.
     *
     * @throws app.atelier.plugins.discounts.input.InvalidInput naming every bad field; nothing is stored then
     */
    public Rule create(long salonId, Map<String, Object> body) {
        Rule rule = RuleParser.parse(body, serviceIds(salonId));
        return store.create(salonId, rule, context.clock().millis());
    }

    /**
     * Validates a rule without storing it: for a form whose other fields could not even be read, so
     * that every mistake is named at once.
     *
     * @throws app.atelier.plugins.discounts.input.InvalidInput naming every bad field
     */
    public void check(long salonId, Map<String, Object> body) {
        RuleParser.parse(body, serviceIds(salonId));
    }

    /**
     * Replaces a whole rule; empty when the salon has no rule with this id (checked before the body,
     * so that a stranger's id answers "not found" rather than describing what is wrong with the body).
     *
     * @throws app.atelier.plugins.discounts.input.InvalidInput naming every bad field; nothing is changed then
     */
    public Optional<Rule> replace(long salonId, long id, Map<String, Object> body) {
        if (store.find(salonId, id).isEmpty()) {
            return Optional.empty();
        }
        Rule rule = RuleParser.parse(body, serviceIds(salonId)).withId(id);
        return store.replace(salonId, id, rule, context.clock().millis()) ? Optional.of(rule) : Optional.empty();
    }

    /** Switches a rule on or off, keeping everything else; empty when the salon has no such rule. */
    public Optional<Rule> switchTo(long salonId, long id, boolean active) {
        Optional<Rule> found = store.find(salonId, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Rule switched = found.get().withActive(active);
        return store.replace(salonId, id, switched, context.clock().millis()) ? Optional.of(switched) : Optional.empty();
    }

    /** false when the salon has no rule with this id. */
    public boolean delete(long salonId, long id) {
        return store.delete(salonId, id);
    }

    private Set<Long> serviceIds(long salonId) {
        return context.salonData().services(salonId).stream().map(ServiceView::id).collect(Collectors.toSet());
    }
}
