package app.atelier.web.http;

import app.atelier.core.common.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads JSON bodies into request records, answering a 400 that names the field when a value has the wrong type. */
public final class Bodies {
    private final ObjectMapper mapper;

    public Bodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new BadJsonException("the request needs a JSON body", List.of());
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new BadJsonException("the request body must be a JSON object", List.of());
            }
            return value;
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
            throw new BadJsonException(field.isEmpty() ? "the body must be a JSON object" : field + " must be " + expected,
                    field.isEmpty() ? List.of() : List.of(new FieldError(field, "must be " + expected)));
        } catch (JsonProcessingException e) {
            throw new BadJsonException("the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")", List.of());
        }
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> readMap(Context ctx) {
        return read(ctx, Map.class);
    }

    private static String describe(Class<?> type) {
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
