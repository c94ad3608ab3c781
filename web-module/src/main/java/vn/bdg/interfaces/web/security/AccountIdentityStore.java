package vn.bdg.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import vn.bdg.application.AuthenticationService;
import vn.bdg.domain.model.account.LoginOutcome;
import vn.bdg.domain.model.account.Role;

/**
 * Validates credentials against the accounts in the database and hands the container the person's
 * roles as groups (mapped to roles of the same name). The outcome of the last attempt is kept on the
 * request so the login page can say why it failed.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    public static final String OUTCOME_ATTRIBUTE = "bdg.loginOutcome";

    @Inject
    private AuthenticationService authentication;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome outcome = authentication.authenticate(login.getCaller(), login.getPassword().getValue(),
                request.getRemoteAddr());
        request.setAttribute(OUTCOME_ATTRIBUTE, outcome);
        if (outcome != LoginOutcome.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String username = login.getCaller().trim().toLowerCase(java.util.Locale.ROOT);
        Set<String> groups = authentication.roles(username).stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(username, groups);
    }
}
