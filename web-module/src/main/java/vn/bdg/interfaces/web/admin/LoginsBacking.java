package vn.bdg.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import vn.bdg.application.AccountService;
import vn.bdg.domain.model.account.LoginAttempt;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/** The login audit of the last 30 days, optionally for one username. */
@Named
@ViewScoped
public class LoginsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Duration WINDOW = Duration.ofDays(30);

    @Inject
    private AccountService accountService;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    private String username;
    private List<LoginAttempt> attempts = List.of();

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        Guarded.run(feedback, () -> attempts = accountService.loginAttempts(session.actor(), username, WINDOW));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<LoginAttempt> getAttempts() {
        return attempts;
    }
}
