package app.atelier.plugins.discounts.pricing;

/**
 * A client's personal discount as pricing sees it: a percent of the whole bill.
 *
 * @param percent basis points
 */
public record PersonalTerms(long percent) {

    /** What the bill prints: "Personal discount −5%". */
    public String label() {
        return "Personal discount −" + Texts.percent(percent);
    }
}
