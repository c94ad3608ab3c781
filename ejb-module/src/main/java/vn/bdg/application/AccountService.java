package vn.bdg.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import vn.bdg.domain.model.account.AccountRepository;
import vn.bdg.domain.model.account.LoginAttempt;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.account.RoleGrant;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.OrgUnitRepository;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.domain.shared.SearchKeys;

/**
 * Account administration by a SYS_ADMIN, limited to their SYS_ADMIN subtree: they see and change the
 * accounts that hold a role inside it (and accounts without any role yet), and grant roles only on
 * units inside it. Every person changes their own password here too.
 */
@Stateless
public class AccountService {

    private static final int SEARCH_LIMIT = 500;

    @Inject
    private AccountRepository accounts;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    public List<UserAccount> search(@NotNull Actor actor, @Size(max = 200) String query) {
        Set<Long> scope = adminScope(actor);
        return accounts.search(SearchKeys.tokens(query), scope, true, SEARCH_LIMIT);
    }

    public UserAccount account(@NotNull Actor actor, long accountId) {
        UserAccount account = accounts.find(accountId).orElseThrow(NotFoundException::new);
        requireAdministrable(actor, account);
        return account;
    }

    public UserAccount create(@NotNull Actor actor, @NotNull @Size(min = 3, max = 60) String username,
                              @NotNull @Size(min = 1, max = 200) String fullName,
                              @Email @Size(max = 255) String email, @NotNull char[] initialPassword) {
        adminScope(actor);
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        if (accounts.findByUsername(name).isPresent()) {
            throw new BusinessException("account.error.usernameTaken", name);
        }
        UserAccount account = UserAccount.create(name, fullName, email, initialPassword, clock.now());
        accounts.store(account);
        return account;
    }

    public UserAccount describe(@NotNull Actor actor, long accountId,
                                @NotNull @Size(min = 1, max = 200) String fullName,
                                @Email @Size(max = 255) String email) {
        UserAccount account = account(actor, accountId);
        account.describe(fullName, email);
        return account;
    }

    public UserAccount grant(@NotNull Actor actor, long accountId, @NotNull Role role, long unitId) {
        UserAccount account = account(actor, accountId);
        if (!adminScope(actor).contains(unitId)) {
            throw new AccessDeniedException();
        }
        OrgUnit unit = units.find(unitId).orElseThrow(NotFoundException::new);
        account.grant(role, unit, actor.username(), clock.now());
        return account;
    }

    public UserAccount revoke(@NotNull Actor actor, long accountId, long grantId) {
        UserAccount account = account(actor, accountId);
        RoleGrant grant = account.getGrants().stream().filter(g -> g.getId() == grantId).findFirst()
                .orElseThrow(NotFoundException::new);
        if (!adminScope(actor).contains(grant.getScope().getId())) {
            throw new AccessDeniedException();
        }
        if (account.getId() == actor.accountId() && grant.getRole() == Role.SYS_ADMIN) {
            throw new BusinessException("account.error.revokeOwnAdmin");
        }
        account.revoke(grantId);
        return account;
    }

    public UserAccount disable(@NotNull Actor actor, long accountId) {
        UserAccount account = account(actor, accountId);
        if (account.getId() == actor.accountId()) {
            throw new BusinessException("account.error.disableSelf");
        }
        account.disable();
        return account;
    }

    public UserAccount enable(@NotNull Actor actor, long accountId) {
        UserAccount account = account(actor, accountId);
        account.enable();
        return account;
    }

    public UserAccount resetPassword(@NotNull Actor actor, long accountId, @NotNull char[] newPassword) {
        UserAccount account = account(actor, accountId);
        account.resetPassword(newPassword, clock.now());
        return account;
    }

    public void changeOwnPassword(@NotNull Actor actor, @NotNull char[] current, @NotNull char[] newPassword) {
        UserAccount account = accounts.find(actor.accountId()).orElseThrow(NotFoundException::new);
        account.changePassword(current, newPassword, clock.now());
    }

    public UserAccount me(@NotNull Actor actor) {
        return accounts.find(actor.accountId()).orElseThrow(NotFoundException::new);
    }

    /** Recent login attempts (all accounts, or one username), for a SYS_ADMIN. */
    public List<LoginAttempt> loginAttempts(@NotNull Actor actor, String username, @NotNull Duration within) {
        adminScope(actor);
        return accounts.loginAttempts(username, clock.now().minus(within), 1000);
    }

    private Set<Long> adminScope(Actor actor) {
        Set<Long> scope = access.unitsWithRole(actor, Role.SYS_ADMIN, clock.today());
        if (scope.isEmpty()) {
            throw new AccessDeniedException();
        }
        return scope;
    }

    private void requireAdministrable(Actor actor, UserAccount account) {
        Set<Long> scope = adminScope(actor);
        boolean inScope = account.getGrants().isEmpty()
                || account.getGrants().stream().anyMatch(g -> scope.contains(g.getScope().getId()));
        if (!inScope) {
            throw new NotFoundException();
        }
    }
}
