package vn.bdg.interfaces.web.consolidation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.bdg.application.consolidation.ConsolidationResults;
import vn.bdg.interfaces.web.security.UserSession;

/**
 * Whether the signed-in person may open consolidated results at all, asked once per request: the
 * programme page offers a round's results only then (the dashboard still decides the scope).
 */
@Named
@RequestScoped
public class ResultsAccess {

    @Inject
    private ConsolidationResults results;

    @Inject
    private UserSession session;

    private Boolean mayRead;

    public boolean isMayRead() {
        if (mayRead == null) {
            mayRead = results.mayRead(session.actor());
        }
        return mayRead;
    }
}
