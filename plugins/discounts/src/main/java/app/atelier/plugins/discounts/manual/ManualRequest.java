package app.atelier.plugins.discounts.manual;

import java.util.Map;
import java.util.Set;

/**
 * A manual discount typed at the till: {@code {"manual": {"percent": 1000, "reason": "…"}}} or
 * {@code {"manual": {"amount": 5000, "reason": "…"}}} in the request's discounts options.
 *
 * @param percent basis points of every line (rounded half-up per line), or null
 * @param amount  minor units off the bill, or null
 * @param reason  why, as typed
 */
public record ManualRequest(Long percent, Long amount, String reason) {
    /** The roles that may give a manual discount. */
    public static final Set<String> ROLES = Set.of("owner", "admin");
    static final int MAX_REASON = 200;

    /**
     * What the till asked for and whether it may have it.
     *
     * @param request the valid request, or null
     * @param refusal why a manual discount was asked for but not given, or null
     */
    public record Decision(ManualRequest request, String refusal) {
        static final Decision NONE = new Decision(null, null);

        static Decision refuse(String why) {
            return new Decision(null, "Manual discount not given: " + why);
        }
    }

    /**
     * Reads the {@code manual} entry of the options for a caller of {@code role}. Never throws:
     * whatever is wrong becomes a refusal that the quote shows as a note.
     */
    public static Decision decide(Object manual, String role) {
        if (manual == null) {
            return Decision.NONE;
        }
        if (!(manual instanceof Map<?, ?> m)) {
            return Decision.refuse("\"manual\" must be an object with percent or amount and a reason");
        }
        if (role == null || !ROLES.contains(role)) {
            return Decision.refuse("only the owner or an administrator may give one"
                    + (role == null ? "" : " (this request comes from a " + role + ")"));
        }
        return read(m);
    }

    /**
     * Reads a manual discount's terms without asking who gives it: at checkout the bill already
     * carries the discount only if the pricing step accepted the caller.
     */
    public static Decision read(Map<?, ?> m) {
        Object percent = m.get("percent");
        Object amount = m.get("amount");
        if ((percent == null) == (amount == null)) {
            return Decision.refuse("give either percent (basis points) or amount (minor units)");
        }
        Long p = whole(percent);
        Long a = whole(amount);
        if (percent != null && (p == null || p < 1 || p > 10_000)) {
            return Decision.refuse("percent must be a whole number of basis points from 1 to 10000");
        }
        if (amount != null && (a == null || a < 1)) {
            return Decision.refuse("amount must be a positive whole number of minor units");
        }
        Object reason = m.get("reason");
        if (!(reason instanceof String r) || r.isBlank()) {
            return Decision.refuse("a reason is required");
        }
        if (r.strip().length() > MAX_REASON) {
            return Decision.refuse("the reason must be at most " + MAX_REASON + " characters");
        }
        return new Decision(new ManualRequest(p, a, r.strip()), null);
    }

    private static Long whole(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        return null;
    }
}
