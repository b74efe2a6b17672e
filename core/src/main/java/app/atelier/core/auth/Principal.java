package app.atelier.core.auth;

/**
 * The authenticated caller of a request: a signed-in user or an API key.
 *
 * @param userId  the user (for an API key: the owner who created it)
 * @param email   the user's email, or the key's name
 * @param role    the role; an API key acts as {@link Role#ADMIN}
 * @param salonId the salon every query is scoped by; {@code null} for the operator
 * @param staffId for a master: the staff row whose day they see; otherwise {@code null}
 */
public record Principal(long userId, String email, Role role, Long salonId, Long staffId) {

    /** The caller's salon; the operator has none and is refused salon routes. */
    public long requireSalon() {
        if (salonId == null) {
            throw new app.atelier.core.common.ForbiddenException("this route belongs to a salon user");
        }
        return salonId;
    }

    /** Whether the caller is an API key (acting for the salon) rather than a person. */
    public boolean isApiKey() {
        return email.startsWith("api-key:");
    }
}
