/**
 * The discounts plugin: rule-based, personal and manual discounts on a bill.
 *
 * <h2>What takes part</h2>
 * <ul>
 *   <li><b>Rules</b> ({@code discounts_rule}): percent (basis points, applied to each targeted line and
 *       rounded half-up there) or fixed (minor units, once per bill, at most the targeted lines), on the
 *       whole bill, chosen services, service categories or chosen products, under any combination of
 *       conditions — validity dates, weekdays and a time-of-day window, client tags, accumulated-spend
 *       tiers (optionally reset after N days without a visit), first visit only, a birthday window,
 *       booking channel, minimum bill. Calendar conditions are read on the salon's wall clock at the
 *       visit's start ({@code visitStart.atZone(salon.zone())}), so they are DST-correct.</li>
 *   <li><b>Personal discount</b> ({@code discounts_personal}): a percent of the whole bill on one
 *       client's card; it combines or competes as the salon's {@code personalCombines} setting says.</li>
 *   <li><b>Manual discount</b>: typed at the till by an owner or administrator with a reason
 *       ({@code "options": {"discounts": {"manual": {"percent": 1000, "reason": "…"}}}} or
 *       {@code "amount"} in minor units). Anyone else, or no reason, gets no discount and a note saying
 *       why. Each manual discount on a completed bill is logged with who gave it
 *       ({@code discounts_manual_log}, written in the checkout transaction).</li>
 * </ul>
 *
 * <h2>Stacking policy</h2>
 * <ol>
 *   <li>Every rule that holds and has the flag {@code combines} applies; so does the personal discount
 *       when the salon lets it combine.</li>
 *   <li>Among the non-combining rules that hold (and the personal discount when it does not combine)
 *       only the best for the client applies: the largest amount on this bill; on a tie the older rule.
 *       It applies <em>in addition to</em> the combining ones, so the result is never worse for the
 *       client than any single rule alone (up to the cap).</li>
 *   <li>The manual discount applies last, always in addition.</li>
 *   <li>The bill shows them in that order: combining rules by id, the personal discount if it combines,
 *       the best non-combining discount, the manual discount. Each is labelled with the rule's name.</li>
 *   <li>The salon's cap ({@code maxDiscountBasisPoints}, e.g. 5000 = at most 50 % of the subtotal,
 *       rounded down) and what is left of the bill bound the total: the adjustments are trimmed from
 *       the last one backwards until it holds (an adjustment trimmed to zero is left out), and a note
 *       says so. The bill never goes negative.</li>
 * </ol>
 * With {@code "options": {"discounts": {"explain": true}}} the quote's notes also explain every rule that
 * did not apply and why ("Happy hours: not on Saturday (only Tuesday)").
 *
 * <p>Pricing is a pure function ({@link app.atelier.plugins.discounts.pricing.DiscountEngine}) of values
 * read beforehand; the step writes nothing.
 */
package app.atelier.plugins.discounts;
