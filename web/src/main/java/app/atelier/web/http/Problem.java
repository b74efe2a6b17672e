package app.atelier.web.http;

import app.atelier.core.common.FieldError;
import java.util.List;

/** An RFC 9457 problem document. {@code errors} lists every offending field. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
}
