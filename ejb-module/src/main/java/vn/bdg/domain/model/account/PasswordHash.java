package vn.bdg.domain.model.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes from the Java platform's own provider, stored as
 * {@code PBKDF2WithHmacSHA256:iterations:salt:hash} (Base64), the format of Jakarta Security's
 * {@code Pbkdf2PasswordHash}. The iteration count is stored with each hash, so raising
 * {@link #ITERATIONS} later still verifies older hashes.
 */
public final class PasswordHash {

    /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
    public static final int ITERATIONS = 600_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    public static String of(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(derive(password, salt, ITERATIONS));
    }

    public static boolean matches(char[] password, String stored) {
        String[] parts = stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] expected = base64.decode(parts[3]);
            byte[] actual = derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException corrupted) {
            return false;
        }
    }

    public static int iterationsOf(String stored) {
        return Integer.parseInt(stored.split(":")[1]);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available on this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
