package vn.bdg.domain.model.account;

import java.lang.reflect.Field;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Stored hashes in {@link PasswordHash}'s format but with a single PBKDF2 iteration, computed
 * independently of the production code. Verifying one costs microseconds instead of the ~0.5 s of a
 * 600,000-iteration hash, which keeps login-counting tests fast; the format stores the iteration count,
 * so {@link PasswordHash#matches} accepts them as it accepts hashes made before ITERATIONS was raised.
 */
final class LowCostHashes {

    private LowCostHashes() {
    }

    static String singleIteration(String password) {
        byte[] salt = new byte[32];
        Arrays.fill(salt, (byte) 0x5A);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 1, 256);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:1:" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the account's stored hash by a single-iteration hash of {@code password}. */
    static void install(UserAccount account, String password) {
        try {
            Field field = UserAccount.class.getDeclaredField("passwordHash");
            field.setAccessible(true);
            field.set(account, singleIteration(password));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
