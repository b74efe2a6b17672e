package app.atelier.api.data;

import app.atelier.api.ApiStatus;

/**
 * The core refused a {@link SalonActions} call: {@link #code()} says why in a stable word
 * ({@code visit_overlap}: the master is busy then; {@code invalid_input}: a value breaks a rule;
 * {@code visit_status}: the visit cannot make that change; {@code not_found}), the message says
 * it for a person.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public class ActionRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public ActionRejectedException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable machine word for the reason. */
    public String code() {
        return code;
    }
}
