package app.atelier.core.tasks;

import app.atelier.core.common.Validator;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Task fields as callers send them (JSON values, date text), read with a message per bad field. */
final class TaskFields {
    private TaskFields() {
    }

    static LocalDate date(String text, String field, Validator v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate d = LocalDate.parse(text);
                if (d.getYear() >= 2000 && d.getYear() <= 2100) {
                    return d;
                }
            }
        } catch (DateTimeException e) {
            // answered below
        }
        v.add(field, "must be a date such as 2026-03-31");
        return null;
    }


    static String text(Object value, String field, Validator v) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        v.add(field, "must be a string");
        return null;
    }


    static Long id(Object value, String field, Validator v) {
        if (value == null) {
            return null;
        }
        if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() > 0) {
            return ((Number) value).longValue();
        }
        v.add(field, "must be a positive whole number or null");
        return null;
    }


    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
