package vn.bdg.interfaces.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import vn.bdg.domain.model.account.LoginOutcome;
import vn.bdg.interfaces.web.support.Feedback;

/** The login page: authenticates through the container and says why a login failed. */
@Named
@RequestScoped
public class LoginBacking {

    @NotBlank
    @Size(max = 60)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Feedback feedback;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                request.changeSessionId();
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
            }
            default -> feedback.error(messageKey((LoginOutcome) request.getAttribute(
                    AccountIdentityStore.OUTCOME_ATTRIBUTE)));
        }
    }

    private static String messageKey(LoginOutcome outcome) {
        if (outcome == LoginOutcome.LOCKED) {
            return "login.error.locked";
        }
        if (outcome == LoginOutcome.DISABLED) {
            return "login.error.disabled";
        }
        return "login.error.invalid";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
