package app.atelier.core.staff;

import java.util.List;

/**
 * What a caller sends to create or update a master; every field may be {@code null}.
 *
 * <p>On create only {@code name} is required and {@code active} defaults to true. On update
 * {@code null} keeps the stored value, an empty string clears an optional text ({@code position},
 * {@code phone}, {@code email}), and {@code hours} or {@code daysOff}, when given, replace the
 * whole list. Times and dates are text so that a malformed one is reported against its field.
 */
public record StaffInput(String name, String position, String phone, String email, Boolean active,
                         List<Hours> hours, List<String> daysOff) {

    /**
     * One working interval as sent.
     *
     * @param weekday 1 = Monday … 7 = Sunday
     * @param start   {@code HH:mm}, before 24:00
     * @param end     {@code HH:mm} after start; {@code 26:00} means 02:00 next day (at most 36:00)
     */
    public record Hours(Integer weekday, String start, String end) {
    }

    public static StaffInput named(String name) {
        return new StaffInput(name, null, null, null, null, null, null);
    }

    public StaffInput withHours(List<Hours> value) {
        return new StaffInput(name, position, phone, email, active, value, daysOff);
    }

    public StaffInput withDaysOff(List<String> value) {
        return new StaffInput(name, position, phone, email, active, hours, value);
    }
}
