package vn.bdg.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Computes four 600,000-iteration hashes in all: one shared, one to compare salts, two verifications. */
class PasswordHashTest {

    private static final String PASSWORD = "Demo@2020";

    private static String stored;

    @BeforeAll
    static void hashOnce() {
        stored = PasswordHash.of(PASSWORD.toCharArray());
    }

    @Test
    void storedFormIsAlgorithmIterationsSaltAndHash() {
        String[] parts = stored.split(":");

        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("600000", parts[1]);
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:600000:"));
    }

    @Test
    void iterationsOfReadsTheStoredCount() {
        assertEquals(600_000, PasswordHash.iterationsOf(stored));
        assertTrue(PasswordHash.iterationsOf(stored) >= 600_000);
        assertEquals(1, PasswordHash.iterationsOf(LowCostHashes.singleIteration(PASSWORD)));
    }

    @Test
    void theRightPasswordMatches() {
        assertTrue(PasswordHash.matches(PASSWORD.toCharArray(), stored));
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        assertFalse(PasswordHash.matches("Demo@2021".toCharArray(), stored));
    }

    @Test
    void twoHashesOfTheSamePasswordDifferBySalt() {
        String other = PasswordHash.of(PASSWORD.toCharArray());

        assertNotEquals(stored, other);
        assertNotEquals(stored.split(":")[2], other.split(":")[2]);
        assertNotEquals(stored.split(":")[3], other.split(":")[3]);
    }

    @Test
    void aHashStoredWithAnotherIterationCountStillVerifies() {
        String legacy = LowCostHashes.singleIteration(PASSWORD);

        assertTrue(PasswordHash.matches(PASSWORD.toCharArray(), legacy));
        assertFalse(PasswordHash.matches("demo@2020".toCharArray(), legacy));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not-a-hash",
        "PBKDF2WithHmacSHA256:600000:c2FsdA==",
        "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==:extra",
        "PBKDF2WithHmacSHA1:1:c2FsdA==:aGFzaA==",
        "pbkdf2withhmacsha256:1:c2FsdA==:aGFzaA==",
        "PBKDF2WithHmacSHA256:600000:!!!:!!!",
        "PBKDF2WithHmacSHA256:abc:c2FsdA==:aGFzaA==",
        "PBKDF2WithHmacSHA256:600000::aGFzaA==",
        "PBKDF2WithHmacSHA256:0:c2FsdA==:aGFzaA=="
    })
    void aMalformedStoredStringMatchesNothing(String malformed) {
        assertFalse(PasswordHash.matches(PASSWORD.toCharArray(), malformed));
    }
}
