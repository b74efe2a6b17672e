package app.atelier.plugins.discounts.pricing;

import app.atelier.plugins.discounts.manual.ManualRequest;
import app.atelier.plugins.discounts.rules.Rule;
import java.util.List;

/**
 * Everything the discount engine decides from, read beforehand so that pricing is a pure function.
 *
 * @param rules            the salon's rules, in id order
 * @param personal         the client's personal discount, or null
 * @param personalCombines the salon's setting: whether the personal discount combines with other rules
 * @param manual           the manual discount asked for at the till (maybe none, maybe refused)
 * @param visit            the visit and its bill
 * @param client           the client
 * @param capBasisPoints   the salon's cap on the total discount share of the subtotal
 * @param explain          whether to explain every rule that did not apply
 */
public record EngineInput(List<Rule> rules, PersonalTerms personal, boolean personalCombines, ManualRequest.Decision manual,
                          Occasion visit, ClientFacts client, long capBasisPoints, boolean explain) {
    public EngineInput {
        rules = List.copyOf(rules);
    }
}
