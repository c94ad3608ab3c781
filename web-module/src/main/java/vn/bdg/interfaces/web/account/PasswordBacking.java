package vn.bdg.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.bdg.application.AccountService;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/** Every person changes their own password, proving the current one. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private AccountService accountService;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    private String current;
    private String newPassword;
    private String confirmation;

    public void change() {
        if (!newPassword.equals(confirmation)) {
            feedback.errorAt("password:confirmation", "account.password.mismatch");
            return;
        }
        if (Guarded.run(feedback, () -> accountService.changeOwnPassword(session.actor(), current.toCharArray(),
                newPassword.toCharArray()))) {
            feedback.info("account.password.changed");
        }
        current = null;
        newPassword = null;
        confirmation = null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
