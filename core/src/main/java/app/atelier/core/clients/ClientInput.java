package app.atelier.core.clients;

import java.util.List;

/**
 * What a caller sends to create or patch a client; every field may be {@code null}.
 *
 * <p>On create only {@code name} is required. On patch {@code null} keeps the stored value, an
 * empty string clears an optional text ({@code phone}, {@code email}, {@code birthday},
 * {@code source}, {@code notes}) and {@code tags} replaces the whole set ({@code []} clears it).
 * The birthday is ISO text ({@code 1990-05-31}) so that a malformed date is reported against its
 * field rather than failing JSON binding.
 */
public record ClientInput(String name, String phone, String email, String birthday, String source,
                          List<String> tags, String notes, Boolean consent) {

    /** A create input with just a name, for code that fills the rest with {@code with…} copies. */
    public static ClientInput named(String name) {
        return new ClientInput(name, null, null, null, null, null, null, null);
    }

    public ClientInput withPhone(String value) {
        return new ClientInput(name, value, email, birthday, source, tags, notes, consent);
    }

    public ClientInput withEmail(String value) {
        return new ClientInput(name, phone, value, birthday, source, tags, notes, consent);
    }

    public ClientInput withBirthday(String value) {
        return new ClientInput(name, phone, email, value, source, tags, notes, consent);
    }

    public ClientInput withTags(List<String> value) {
        return new ClientInput(name, phone, email, birthday, source, value, notes, consent);
    }

    public ClientInput withConsent(boolean value) {
        return new ClientInput(name, phone, email, birthday, source, tags, notes, value);
    }

    public ClientInput withSource(String value) {
        return new ClientInput(name, phone, email, birthday, value, tags, notes, consent);
    }
}
