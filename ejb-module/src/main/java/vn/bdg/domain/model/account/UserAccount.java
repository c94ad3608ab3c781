package vn.bdg.domain.model.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.SearchKeys;

/**
 * A person's account and the aggregate root of their role grants.
 *
 * <p>Life cycle: created by a SYS_ADMIN with an initial password ({@link #create}), granted and revoked
 * roles on subtrees, disabled and enabled again, its password changed by its owner or reset by a
 * SYS_ADMIN. Login rule: after {@value #MAX_FAILED_LOGINS} failed logins in a row the account is locked
 * for {@link #LOCKOUT}; a success resets the count. A disabled account cannot log in at all.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column
    private String email;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "search_key", nullable = false, length = 600)
    private String searchKey;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleGrant> grants = new ArrayList<>();

    @Version
    private int version;

    protected UserAccount() {
    }

    public static UserAccount create(String username, String fullName, String email, char[] password,
                                     Instant now) {
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            throw new BusinessException("account.error.usernameFormat");
        }
        PasswordPolicy.check(username, password);
        UserAccount account = new UserAccount();
        account.username = username;
        account.enabled = true;
        account.createdAt = now;
        account.describe(fullName, email);
        account.setPassword(password, now);
        return account;
    }

    public void describe(String newFullName, String newEmail) {
        if (newFullName == null || newFullName.isBlank()) {
            throw new BusinessException("account.error.fullNameRequired");
        }
        fullName = newFullName.trim();
        email = newEmail == null || newEmail.isBlank() ? null : newEmail.trim();
        searchKey = SearchKeys.foldAll(username, fullName, email);
    }

    /** The outcome of presenting {@code password} at {@code now}; counts failures and locks. */
    public LoginOutcome attemptLogin(char[] password, Instant now) {
        if (!enabled) {
            return LoginOutcome.DISABLED;
        }
        if (isLockedAt(now)) {
            return LoginOutcome.LOCKED;
        }
        if (PasswordHash.matches(password, passwordHash)) {
            failedLogins = 0;
            lockedUntil = null;
            return LoginOutcome.SUCCESS;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            failedLogins = 0;
            lockedUntil = now.plus(LOCKOUT);
        }
        return LoginOutcome.WRONG_PASSWORD;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The owner changes their password, proving they know the current one. */
    public void changePassword(char[] current, char[] newPassword, Instant now) {
        if (!PasswordHash.matches(current, passwordHash)) {
            throw new BusinessException("account.error.currentPasswordWrong");
        }
        if (PasswordHash.matches(newPassword, passwordHash)) {
            throw new BusinessException("account.error.passwordUnchanged");
        }
        setPassword(newPassword, now);
    }

    /** A SYS_ADMIN sets a new password; any lock is lifted. */
    public void resetPassword(char[] newPassword, Instant now) {
        setPassword(newPassword, now);
        failedLogins = 0;
        lockedUntil = null;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
        failedLogins = 0;
        lockedUntil = null;
    }

    public void grant(Role role, OrgUnit scope, String grantedBy, Instant now) {
        if (grants.stream().anyMatch(g -> g.isSame(role, scope))) {
            throw new BusinessException("account.error.grantExists");
        }
        grants.add(new RoleGrant(this, role, scope, grantedBy, now));
    }

    public void revoke(long grantId) {
        if (!grants.removeIf(g -> g.getId() != null && g.getId() == grantId)) {
            throw new BusinessException("account.error.grantNotFound");
        }
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.forEach(g -> roles.add(g.getRole()));
        return roles;
    }

    private void setPassword(char[] password, Instant now) {
        PasswordPolicy.check(username, password);
        passwordHash = PasswordHash.of(password);
        passwordChangedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RoleGrant> getGrants() {
        return Collections.unmodifiableList(grants);
    }

    String getPasswordHash() {
        return passwordHash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserAccount that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
