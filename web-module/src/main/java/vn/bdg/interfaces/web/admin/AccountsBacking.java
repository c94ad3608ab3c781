package vn.bdg.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.bdg.application.AccountService;
import vn.bdg.application.OrgService;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/**
 * Account administration for a SYS_ADMIN: find, create, disable and enable accounts, reset passwords,
 * and grant or revoke roles on units of the administrator's own subtree.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accountService;

    @Inject
    private OrgService orgService;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    private String query;
    private List<UserAccount> accounts = List.of();
    private UserAccount selected;

    private String newUsername;
    private String newFullName;
    private String newEmail;
    private String newPassword;

    private Role grantRole;
    private String grantUnitCode;
    private String resetPassword;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        Guarded.run(feedback, () -> accounts = accountService.search(session.actor(), query));
    }

    public void select(long accountId) {
        Guarded.run(feedback, () -> selected = accountService.account(session.actor(), accountId));
        grantRole = null;
        grantUnitCode = null;
        resetPassword = null;
    }

    public void prepareCreate() {
        newUsername = null;
        newFullName = null;
        newEmail = null;
        newPassword = null;
    }

    public void create() {
        Guarded.run(feedback, () -> {
            UserAccount created = accountService.create(session.actor(), newUsername, newFullName, newEmail,
                    newPassword.toCharArray());
            feedback.info("admin.accounts.created", created.getUsername());
            newPassword = null;
            search();
            select(created.getId());
        });
    }

    public void grant() {
        Guarded.run(feedback, () -> {
            OrgUnit unit = orgService.unitByCode(session.actor(), grantUnitCode == null ? "" : grantUnitCode);
            selected = accountService.grant(session.actor(), selected.getId(), grantRole, unit.getId());
            feedback.info("admin.accounts.granted", grantRole, unit.getName());
            search();
        });
    }

    public void revoke(long grantId) {
        Guarded.run(feedback, () -> {
            selected = accountService.revoke(session.actor(), selected.getId(), grantId);
            feedback.info("admin.accounts.revoked");
            search();
        });
    }

    public void disable() {
        Guarded.run(feedback, () -> {
            selected = accountService.disable(session.actor(), selected.getId());
            feedback.info("admin.accounts.disabled", selected.getUsername());
            search();
        });
    }

    public void enable() {
        Guarded.run(feedback, () -> {
            selected = accountService.enable(session.actor(), selected.getId());
            feedback.info("admin.accounts.enabled", selected.getUsername());
            search();
        });
    }

    public void resetPassword() {
        Guarded.run(feedback, () -> {
            selected = accountService.resetPassword(session.actor(), selected.getId(), resetPassword.toCharArray());
            feedback.info("admin.accounts.passwordReset", selected.getUsername());
        });
        resetPassword = null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<UserAccount> getAccounts() {
        return accounts;
    }

    public UserAccount getSelected() {
        return selected;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewFullName() {
        return newFullName;
    }

    public void setNewFullName(String newFullName) {
        this.newFullName = newFullName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public Role getGrantRole() {
        return grantRole;
    }

    public void setGrantRole(Role grantRole) {
        this.grantRole = grantRole;
    }

    public String getGrantUnitCode() {
        return grantUnitCode;
    }

    public void setGrantUnitCode(String grantUnitCode) {
        this.grantUnitCode = grantUnitCode;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }
}
