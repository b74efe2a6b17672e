package app.atelier.plugins.booking.links;

/**
 * Signed links to one visit: whoever holds the link may see, cancel or reschedule that visit (within
 * the policy), nothing else. The signature is HMAC-SHA256 over the salon and the visit id with the
 * salon's key, so it cannot be made for another visit or moved to another salon.
 */
public final class VisitLinks {
    private final Secrets secrets;

    public VisitLinks(Secrets secrets) {
        this.secrets = secrets;
    }

    /** The signature for a visit. */
    public String signature(long salonId, long visitId) {
        return secrets.sign(salonId, message(salonId, visitId));
    }

    /** Whether the signature is this salon's for this visit. */
    public boolean valid(long salonId, long visitId, String signature) {
        return secrets.verify(salonId, message(salonId, visitId), signature);
    }

    /** The page that manages the visit, relative to the site root. */
    public String managePath(String slug, long salonId, long visitId) {
        return "/s/" + slug + "/booking/visit/" + visitId + "?sig=" + signature(salonId, visitId);
    }

    /** The visit's calendar file, relative to the site root. */
    public String calendarPath(String slug, long salonId, long visitId) {
        return "/s/" + slug + "/booking/visit/" + visitId + "/calendar.ics?sig=" + signature(salonId, visitId);
    }

    private static String message(long salonId, long visitId) {
        return "visit:" + salonId + ":" + visitId;
    }
}
