package app.atelier.plugins.reminders.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class TokensTest {

    @Property
    void aSignedTokenVerifiesForItsSalonOnly(@ForAll @Size(32) byte[] secret, @ForAll @LongRange(min = 1, max = 1_000_000) long salon,
                                             @ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 2) long visit) {
        String token = Tokens.sign(secret, salon, visit);
        assertEquals(Optional.of(visit), Tokens.verify(secret, salon, token));
        assertTrue(Tokens.verify(secret, salon + 1, token).isEmpty(), "another salon's link");
        byte[] other = secret.clone();
        other[0] ^= 1;
        assertTrue(Tokens.verify(other, salon, token).isEmpty(), "another secret");
        assertTrue(Tokens.verify(secret, salon, (visit + 1) + token.substring(token.indexOf('.'))).isEmpty(), "another visit");
    }

    @Property
    void garbageNeverVerifies(@ForAll @Size(32) byte[] secret, @ForAll String token) {
        assertTrue(Tokens.verify(secret, 1, token).isEmpty() || token.matches("[0-9]+\\..+"));
    }
}
