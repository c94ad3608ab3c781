package vn.bdg.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;
import vn.bdg.application.AccountService;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.interfaces.web.audit.AuditRow;
import vn.bdg.interfaces.web.audit.AuditRows;
import vn.bdg.interfaces.web.audit.AuditTable;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/**
 * What one person did, for a SYS_ADMIN: a username (suggested from the accounts, but any name may be
 * typed, since failed logins are recorded under whatever was typed) and a range of days, the last 30 by
 * default. The table shows the last search, not what is being typed.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable, AuditTable.Source {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_DAYS = 30;
    private static final int SUGGESTIONS = 20;
    private static final String TABLE = "audit:entries";

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private AccountService accountService;

    @Inject
    private AuditRows rows;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    @Inject
    private BusinessClock clock;

    private String username;
    private LocalDate from;
    private LocalDate to;
    private String shownUsername;
    private LocalDate shownFrom;
    private LocalDate shownTo;
    private final AuditTable entries = new AuditTable(this);

    @PostConstruct
    void init() {
        to = clock.today();
        from = to.minusDays(DEFAULT_DAYS);
    }

    /** Shows the trail asked for, from its first page. */
    public void search() {
        if (from.isAfter(to)) {
            feedback.errorAt("audit:to", "admin.audit.error.range");
            return;
        }
        if (Guarded.run(feedback, () -> auditTrail.countOfUser(session.actor(), username, from, to))) {
            shownUsername = username;
            shownFrom = from;
            shownTo = to;
            ((DataTable) Components.findComponent(TABLE)).setFirst(0);
        }
    }

    public List<String> completeUsername(String typed) {
        return accountService.search(session.actor(), typed).stream()
                .map(UserAccount::getUsername).limit(SUGGESTIONS).toList();
    }

    @Override
    public long count() {
        return shownUsername == null ? 0 : auditTrail.countOfUser(session.actor(), shownUsername, shownFrom, shownTo);
    }

    @Override
    public List<AuditRow> page(int first, int max) {
        return shownUsername == null ? List.of()
                : rows.of(auditTrail.ofUser(session.actor(), shownUsername, shownFrom, shownTo, first, max));
    }

    public boolean isSearched() {
        return shownUsername != null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public AuditTable getEntries() {
        return entries;
    }
}
