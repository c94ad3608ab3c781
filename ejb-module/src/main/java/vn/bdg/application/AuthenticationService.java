package vn.bdg.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.Set;
import vn.bdg.application.audit.AuditEvent;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.domain.model.account.AccountRepository;
import vn.bdg.domain.model.account.LoginAttempt;
import vn.bdg.domain.model.account.LoginOutcome;
import vn.bdg.domain.model.account.PasswordHash;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.audit.AuditKind;
import vn.bdg.domain.model.audit.AuditSubjects;

/**
 * Checks a username and password, counts failures towards the lockout, and records every attempt —
 * who, when, from where, how it ended — in the same transaction: in the login audit, and in the audit
 * trail, where it sits among everything else the person did.
 */
@Stateless
public class AuthenticationService {

    /** Hashed once so that an unknown username costs as much time as a wrong password. */
    private static final String DUMMY_HASH = PasswordHash.of("not-a-password-0".toCharArray());

    @Inject
    private AccountRepository accounts;

    @Inject
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    public LoginOutcome authenticate(@NotNull String username, @NotNull char[] password, String remoteAddress) {
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        Optional<UserAccount> account = accounts.findByUsername(name);
        LoginOutcome outcome;
        if (account.isEmpty()) {
            PasswordHash.matches(password, DUMMY_HASH);
            outcome = LoginOutcome.UNKNOWN_USER;
        } else {
            outcome = account.get().attemptLogin(password, clock.now());
        }
        String tried = name.isEmpty() ? "-" : name;
        accounts.record(new LoginAttempt(tried, clock.now(), remoteAddress, outcome));
        audit.record(AuditEvent.of(tried, AuditKind.LOGIN, AuditSubjects.ACCOUNT,
                account.map(UserAccount::getId).orElse(null), null, "audit.login." + outcome.name()), remoteAddress);
        return outcome;
    }

    /** The roles a logged-in person holds anywhere, as container groups for page-level constraints. */
    public Set<Role> roles(@NotNull String username) {
        return accounts.findByUsername(username).filter(UserAccount::isEnabled)
                .map(UserAccount::roles).orElse(Set.of());
    }

    public Optional<Actor> actor(@NotNull String username) {
        return accounts.findByUsername(username).filter(UserAccount::isEnabled)
                .map(a -> new Actor(a.getId(), a.getUsername()));
    }
}
