package app.atelier.web.http;

import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import io.javalin.http.Context;

/** Path and query parameters with 4xx answers for bad values. */
public final class Params {
    private Params() {
    }

    /** A numeric id in the path; anything else cannot name a row, so it is "not found". */
    public static long id(Context ctx, String name) {
        try {
            long id = Long.parseLong(ctx.pathParam(name));
            if (id <= 0) {
                throw new NotFoundException(name);
            }
            return id;
        } catch (NumberFormatException e) {
            throw new NotFoundException(name);
        }
    }

    public static Long optionalLong(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "must be a whole number");
        }
    }

    public static int intParam(Context ctx, String name, int defaultValue, int min, int max) {
        Long value = optionalLong(ctx, name);
        if (value == null) {
            return defaultValue;
        }
        if (value < min || value > max) {
            throw InvalidInputException.of(name, "must be between " + min + " and " + max);
        }
        return value.intValue();
    }

    /** An optional ISO date ({@code 2026-11-23}) query parameter; anything else is a 400 on that field. */
    public static java.time.LocalDate optionalDate(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of(name, "must be a date like 2026-03-31");
        }
    }
}
