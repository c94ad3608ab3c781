package vn.bdg.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bdg.domain.shared.BusinessException;

class PasswordPolicyTest {

    private static final String USERNAME = "nguyenvana";

    @Test
    void aPasswordWithLettersAndDigitsIsAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check(USERNAME, "Demo@2020".toCharArray()));
        assertDoesNotThrow(() -> PasswordPolicy.check(USERNAME, "Mậtkhẩu1".toCharArray()));
    }

    @Test
    void theLengthLimitsAreInclusive() {
        assertDoesNotThrow(() -> PasswordPolicy.check(USERNAME, "abcdefg1".toCharArray()));
        assertDoesNotThrow(() -> PasswordPolicy.check(USERNAME, ("a1" + "x".repeat(126)).toCharArray()));
    }

    @Test
    void aTooShortPasswordIsRefusedWithTheLimits() {
        BusinessException refused = refused("abcdef1");

        assertEquals("account.error.passwordLength", refused.getMessageKey());
        assertEquals(List.of(8, 128), refused.getArguments());
    }

    @Test
    void aTooLongPasswordIsRefused() {
        BusinessException refused = refused("a1" + "x".repeat(127));

        assertEquals("account.error.passwordLength", refused.getMessageKey());
        assertEquals(List.of(8, 128), refused.getArguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh", "Password!", "12345678", "2020@2020"})
    void aPasswordWithoutBothALetterAndADigitIsRefused(String password) {
        assertEquals("account.error.passwordWeak", refused(password).getMessageKey());
    }

    @Test
    void thePasswordMayNotBeTheUsernameInAnyCase() {
        BusinessException sameCase = assertThrows(BusinessException.class,
                () -> PasswordPolicy.check("tran2024", "tran2024".toCharArray()));
        BusinessException otherCase = assertThrows(BusinessException.class,
                () -> PasswordPolicy.check("tran2024", "TRAN2024".toCharArray()));

        assertEquals("account.error.passwordIsUsername", sameCase.getMessageKey());
        assertEquals("account.error.passwordIsUsername", otherCase.getMessageKey());
    }

    private static BusinessException refused(String password) {
        return assertThrows(BusinessException.class, () -> PasswordPolicy.check(USERNAME, password.toCharArray()));
    }
}
