package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.bdg.domain.model.account.AccountRepository;
import vn.bdg.domain.model.account.LoginAttempt;
import vn.bdg.domain.model.account.UserAccount;

/** Accounts on JPA. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public void store(UserAccount account) {
        if (account.getId() == null) {
            em.persist(account);
        }
    }

    @Override
    public List<UserAccount> grantedOn(Set<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("UserAccount.grantedOn", UserAccount.class)
                .setParameter("units", unitIds)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
    }

    @Override
    public List<UserAccount> search(List<String> tokens, Set<Long> unitIds, boolean includeUngranted,
                                    int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM UserAccount a WHERE (EXISTS (SELECT g FROM RoleGrant g"
                + " WHERE g.account = a AND g.scope.id IN :unitIds)");
        if (includeUngranted) {
            jpql.append(" OR NOT EXISTS (SELECT g FROM RoleGrant g WHERE g.account = a)");
        }
        jpql.append(')');
        for (int i = 0; i < tokens.size(); i++) {
            jpql.append(" AND a.searchKey LIKE :t").append(i);
        }
        jpql.append(" ORDER BY a.username");
        TypedQuery<UserAccount> query = em.createQuery(jpql.toString(), UserAccount.class)
                .setParameter("unitIds", unitIds.isEmpty() ? Set.of(-1L) : unitIds)
                .setMaxResults(limit);
        for (int i = 0; i < tokens.size(); i++) {
            query.setParameter("t" + i, "%" + tokens.get(i) + "%");
        }
        return query.getResultList();
    }

    @Override
    public void record(LoginAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public List<LoginAttempt> loginAttempts(String username, Instant since, int limit) {
        return em.createNamedQuery("LoginAttempt.since", LoginAttempt.class)
                .setParameter("username", username == null || username.isBlank() ? "%" : username.trim())
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }
}
