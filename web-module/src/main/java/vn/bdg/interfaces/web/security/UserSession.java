package vn.bdg.interfaces.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.shared.AccessDeniedException;

/**
 * The signed-in person for this session: who they are as an {@link Actor} for the services, and which
 * roles they hold anywhere, for the menu. What they may see inside a page is still decided per unit by
 * the services.
 */
@Named("userSession")
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SecurityContext securityContext;

    @Inject
    private transient AuthenticationService authentication;

    private Actor actor;

    public Actor actor() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new AccessDeniedException();
        }
        if (actor == null || !actor.username().equals(principal.getName())) {
            actor = authentication.actor(principal.getName()).orElseThrow(AccessDeniedException::new);
        }
        return actor;
    }

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(Role.valueOf(role).name());
    }

    public void logout() throws IOException, jakarta.servlet.ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        actor = null;
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
