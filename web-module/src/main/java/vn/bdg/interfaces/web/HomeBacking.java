package vn.bdg.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.bdg.application.AccountService;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.interfaces.web.security.UserSession;

/** The start page: who is signed in, and which roles they hold on which units. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private AccountService accountService;

    @Inject
    private UserSession session;

    private UserAccount me;

    @PostConstruct
    void init() {
        me = accountService.me(session.actor());
    }

    public UserAccount getMe() {
        return me;
    }
}
