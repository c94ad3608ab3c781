package vn.bdg.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bdg.domain.shared.BusinessException;

/**
 * Every {@link UserAccount#create} computes one 600,000-iteration hash; the login-counting tests then
 * install a single-iteration hash of the same password ({@link LowCostHashes}) so that their many
 * attempts stay cheap. Ten full-cost hashes in all: six creates, one reset, one change, and two logins
 * against real hashes (right after create, and after the reset).
 */
class UserAccountTest {

    private static final String PASSWORD = "Demo@2020";
    private static final String WRONG = "Wrong@2020";
    private static final Instant NOW = Instant.parse("2025-07-01T08:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Admin01", "-admin", ".admin", "nguyen van a", "nguyễnvăna", "user@hp", ""})
    void createRefusesBadUsernames(String username) {
        assertRefused("account.error.usernameFormat",
                () -> UserAccount.create(username, "Nguyễn Văn A", null, PASSWORD.toCharArray(), NOW));
    }

    @Test
    void createRefusesAUsernameLongerThanSixtyCharacters() {
        assertRefused("account.error.usernameFormat",
                () -> UserAccount.create("a".repeat(61), "Nguyễn Văn A", null, PASSWORD.toCharArray(), NOW));
    }

    @Test
    void createRefusesAPasswordThePolicyRefuses() {
        assertRefused("account.error.passwordLength",
                () -> UserAccount.create("nguyenvana", "Nguyễn Văn A", null, "Ab1".toCharArray(), NOW));
        assertRefused("account.error.passwordIsUsername",
                () -> UserAccount.create("nguyenvana1", "Nguyễn Văn A", null, "NguyenVanA1".toCharArray(), NOW));
    }

    @Test
    void createStoresTheDetailsAndAcceptsTheRightPassword() {
        UserAccount account = UserAccount.create("nguyen.van-a_01", "  Nguyễn Văn A ", " a@hp.edu.vn ",
                PASSWORD.toCharArray(), NOW);

        assertEquals("nguyen.van-a_01", account.getUsername());
        assertEquals("Nguyễn Văn A", account.getFullName());
        assertEquals("a@hp.edu.vn", account.getEmail());
        assertTrue(account.isEnabled());
        assertEquals(NOW, account.getCreatedAt());
        assertEquals(NOW, account.getPasswordChangedAt());
        assertNull(account.getLockedUntil());
        assertNull(account.getId());
        assertTrue(account.getGrants().isEmpty());
        assertTrue(account.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:600000:"));
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(PASSWORD.toCharArray(), NOW));
        assertRefused("account.error.fullNameRequired", () -> account.describe("  ", null));
        assertEquals("Nguyễn Văn A", account.getFullName());
        assertEquals(account, account);
        assertEquals("nguyen.van-a_01".hashCode(), account.hashCode());
        assertNotEquals(account, "nguyen.van-a_01");
    }

    @Test
    void theFifthWrongPasswordInARowLocksTheAccountForFifteenMinutes() {
        UserAccount account = accountWithCheapHash("tranthib");

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(LoginOutcome.WRONG_PASSWORD, account.attemptLogin(WRONG.toCharArray(), NOW));
            assertFalse(account.isLockedAt(NOW), "locked after attempt " + attempt);
        }
        assertEquals(LoginOutcome.WRONG_PASSWORD, account.attemptLogin(WRONG.toCharArray(), NOW));

        assertTrue(account.isLockedAt(NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), account.getLockedUntil());
        assertEquals(LoginOutcome.LOCKED, account.attemptLogin(PASSWORD.toCharArray(), NOW.plusSeconds(60)));
        assertTrue(account.isLockedAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(account.isLockedAt(NOW.plus(Duration.ofMinutes(15))));
        assertEquals(LoginOutcome.SUCCESS,
                account.attemptLogin(PASSWORD.toCharArray(), NOW.plus(Duration.ofMinutes(15)).plusSeconds(1)));
        assertNull(account.getLockedUntil());
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        UserAccount account = accountWithCheapHash("levanc");
        failTimes(account, 4);

        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(PASSWORD.toCharArray(), NOW));

        failTimes(account, 4);
        assertFalse(account.isLockedAt(NOW));
        assertEquals(LoginOutcome.WRONG_PASSWORD, account.attemptLogin(WRONG.toCharArray(), NOW));
        assertTrue(account.isLockedAt(NOW));
    }

    @Test
    void aDisabledAccountCannotLogInAndEnablingItLiftsAnyLock() {
        UserAccount account = accountWithCheapHash("phamthid");
        failTimes(account, 5);

        account.disable();

        assertFalse(account.isEnabled());
        assertEquals(LoginOutcome.DISABLED, account.attemptLogin(PASSWORD.toCharArray(), NOW));
        account.enable();
        assertTrue(account.isEnabled());
        assertFalse(account.isLockedAt(NOW));
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(PASSWORD.toCharArray(), NOW));
    }

    @Test
    void resetPasswordLiftsTheLockAndSetsTheNewPassword() {
        UserAccount account = accountWithCheapHash("vuthif");
        failTimes(account, 5);
        assertTrue(account.isLockedAt(NOW));
        Instant resetAt = NOW.plusSeconds(60);
        assertRefused("account.error.passwordWeak", () -> account.resetPassword("onlyletters".toCharArray(), resetAt));
        assertTrue(account.isLockedAt(resetAt));

        account.resetPassword("Reset@2025".toCharArray(), resetAt);

        assertFalse(account.isLockedAt(resetAt));
        assertNull(account.getLockedUntil());
        assertEquals(resetAt, account.getPasswordChangedAt());
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin("Reset@2025".toCharArray(), resetAt));
    }

    @Test
    void changePasswordChecksTheCurrentPasswordAndRefusesTheSameOne() {
        UserAccount account = accountWithCheapHash("buithih");
        String before = account.getPasswordHash();

        assertRefused("account.error.currentPasswordWrong",
                () -> account.changePassword(WRONG.toCharArray(), "New@2025a".toCharArray(), NOW));
        assertRefused("account.error.passwordUnchanged",
                () -> account.changePassword(PASSWORD.toCharArray(), PASSWORD.toCharArray(), NOW));
        assertEquals(before, account.getPasswordHash());

        Instant changedAt = NOW.plusSeconds(3600);
        account.changePassword(PASSWORD.toCharArray(), "New@2025a".toCharArray(), changedAt);

        assertNotEquals(before, account.getPasswordHash());
        assertTrue(account.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:600000:"));
        assertEquals(changedAt, account.getPasswordChangedAt());
    }

    private static UserAccount accountWithCheapHash(String username) {
        UserAccount account = UserAccount.create(username, "Người dùng thử", null, PASSWORD.toCharArray(), NOW);
        LowCostHashes.install(account, PASSWORD);
        return account;
    }

    private static void failTimes(UserAccount account, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(LoginOutcome.WRONG_PASSWORD, account.attemptLogin(WRONG.toCharArray(), NOW));
        }
    }

    private static void assertRefused(String messageKey, Executable action) {
        BusinessException refused = assertThrows(BusinessException.class, action);
        assertEquals(messageKey, refused.getMessageKey());
    }
}
