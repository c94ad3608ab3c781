package vn.bdg.domain.model.account;

import vn.bdg.domain.shared.BusinessException;

/** The rules a new password must meet: at least 8 characters with a letter and a digit, not the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String username, char[] password) {
        String text = new String(password);
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            throw new BusinessException("account.error.passwordLength", MIN_LENGTH, MAX_LENGTH);
        }
        if (text.chars().noneMatch(Character::isLetter) || text.chars().noneMatch(Character::isDigit)) {
            throw new BusinessException("account.error.passwordWeak");
        }
        if (text.equalsIgnoreCase(username)) {
            throw new BusinessException("account.error.passwordIsUsername");
        }
    }
}
