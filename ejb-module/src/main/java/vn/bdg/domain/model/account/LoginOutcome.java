package vn.bdg.domain.model.account;

/** How a login attempt ended; every attempt is recorded with one of these. */
public enum LoginOutcome {
    SUCCESS,
    WRONG_PASSWORD,
    UNKNOWN_USER,
    LOCKED,
    DISABLED
}
