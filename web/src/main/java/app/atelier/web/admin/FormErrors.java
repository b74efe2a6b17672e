package app.atelier.web.admin;

import app.atelier.core.common.FieldError;
import app.atelier.core.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A core validation failure as the panel shows it: one message per form field, next to that field. */
public final class FormErrors {
    private FormErrors() {
    }

    /** Field → message; several messages for one field are joined with "; ". */
    public static Map<String, String> of(InvalidInputException e) {
        Map<String, String> m = new LinkedHashMap<>();
        for (FieldError f : e.errors()) {
            m.merge(f.field(), f.message(), (a, b) -> a + "; " + b);
        }
        return m;
    }
}
