package app.atelier.core.clients;

import app.atelier.api.Salon;
import app.atelier.core.auth.UserService;
import app.atelier.core.common.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Validates and normalizes a {@link ClientInput} into the column values to write. */
final class ClientRules {
    static final int MAX_TAGS = 20;
    static final int MAX_TAG = 50;
    private static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);

    /**
     * Column values to write ({@code null} value = clear the column) and the new tag set
     * ({@code null} = leave tags alone).
     */
    record Changes(Map<String, Object> columns, List<String> tags) {
    }

    private final Clock clock;
    private final PhoneNormalizer phones;

    ClientRules(Clock clock, PhoneNormalizer phones) {
        this.clock = clock;
        this.phones = phones;
    }

    /** Throws {@code InvalidInputException} naming every bad field; writes nothing. */
    Changes check(ClientInput input, Salon salon, boolean create) {
        // an empty JSON body arrives as null: treat it as "no fields given"
        ClientInput in = input == null ? new ClientInput(null, null, null, null, null, null, null, null) : input;
        Validator v = new Validator();
        Map<String, Object> columns = new LinkedHashMap<>();
        if (create || in.name() != null) {
            v.text(in.name(), "name", Validator.MAX_TEXT);
            if (in.name() != null && !in.name().isBlank()) {
                String name = in.name().strip().replaceAll("\\s+", " ");
                columns.put("name", name);
                columns.put("search_name", searchForm(name));
            }
        }
        if (in.phone() != null) {
            columns.put("phone", in.phone().isBlank() ? null : phone(in.phone(), salon, v));
        }
        if (in.email() != null) {
            String email = in.email().strip().toLowerCase(Locale.ROOT);
            v.require(email.isEmpty() || UserService.validEmail(email), "email", "must be an email address");
            columns.put("email", email.isEmpty() ? null : email);
        }
        if (in.birthday() != null) {
            columns.put("birthday", in.birthday().isBlank() ? null : birthday(in.birthday().strip(), salon, v));
        }
        if (in.source() != null) {
            v.length(in.source().strip(), "source", Validator.MAX_TEXT);
            columns.put("source", in.source().isBlank() ? null : in.source().strip());
        }
        if (in.notes() != null) {
            v.length(in.notes(), "notes", Validator.MAX_LONG_TEXT);
            columns.put("notes", in.notes().isBlank() ? null : in.notes().strip());
        }
        if (in.consent() != null) {
            columns.put("consent", in.consent() ? 1 : 0);
        }
        List<String> tags = in.tags() == null ? null : tags(in.tags(), v);
        v.check();
        return new Changes(columns, tags);
    }

    /**
     * The form names are searched in: SQLite's lower() and LIKE fold ASCII only, so Cyrillic names
     * are folded here, and ё is read as е because people type it either way.
     */
    static String searchForm(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private String phone(String raw, Salon salon, Validator v) {
        String e164 = phones.toE164(raw, salon.country()).orElse(null);
        v.require(e164 != null, "phone", "is not a valid phone number for " + salon.country()
                + " (write it with the country code, e.g. +7…, if it is foreign)");
        return e164;
    }

    private String birthday(String raw, Salon salon, Validator v) {
        LocalDate date;
        try {
            date = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            v.add("birthday", "must be a date like 1990-05-31");
            return null;
        }
        // "today" is the salon's today: near midnight UTC and the salon disagree by a day
        LocalDate today = LocalDate.now(clock.withZone(salon.zone()));
        v.require(!date.isAfter(today), "birthday", "must not be in the future");
        v.require(!date.isBefore(EARLIEST_BIRTHDAY), "birthday", "must not be before 1900");
        return date.toString();
    }

    private static List<String> tags(List<String> raw, Validator v) {
        v.require(raw.size() <= MAX_TAGS, "tags", "must be at most " + MAX_TAGS + " tags");
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (int i = 0; i < raw.size() && i < MAX_TAGS + 1; i++) {
            String tag = raw.get(i) == null ? "" : raw.get(i).strip();
            if (tag.isEmpty()) {
                v.add("tags[" + i + "]", "must not be blank");
            } else if (tag.length() > MAX_TAG) {
                v.add("tags[" + i + "]", "must be at most " + MAX_TAG + " characters");
            } else {
                clean.add(tag);
            }
        }
        List<String> sorted = new ArrayList<>(clean);
        sorted.sort(null);
        return sorted;
    }
}
