package vn.bdg.interfaces.web.org;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.OrgService;
import vn.bdg.application.UnitNode;
import vn.bdg.interfaces.web.security.UserSession;

/** Suggestions for unit pickers: the person's own visible units matching what they typed, diacritics ignored. */
@Named
@RequestScoped
public class UnitLookup {

    private static final int SUGGESTIONS = 20;

    @Inject
    private OrgService orgService;

    @Inject
    private UserSession session;

    @Inject
    private BusinessClock clock;

    public List<UnitNode> complete(String text) {
        return orgService.search(session.actor(), text == null ? "" : text, clock.today()).stream()
                .limit(SUGGESTIONS).toList();
    }
}
