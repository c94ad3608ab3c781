package vn.bdg.domain.model.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accounts and the login audit. */
public interface AccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByUsername(String username);

    void store(UserAccount account);

    long count();

    /**
     * Accounts matching every folded token (all accounts when there is none) that hold at least one
     * grant inside {@code unitIds}, or no grant at all when {@code includeUngranted}.
     */
    List<UserAccount> search(List<String> tokens, Set<Long> unitIds, boolean includeUngranted, int limit);

    /** Enabled accounts holding some role directly on one of the units (the people of those units). */
    List<UserAccount> grantedOn(Set<Long> unitIds);

    void record(LoginAttempt attempt);

    List<LoginAttempt> loginAttempts(String username, Instant since, int limit);
}
