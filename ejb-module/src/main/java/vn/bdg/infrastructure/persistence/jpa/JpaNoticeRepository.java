package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.bdg.domain.model.notice.Notice;
import vn.bdg.domain.model.notice.NoticeRepository;
import vn.bdg.domain.model.notice.OutgoingMail;

/** Notices and outgoing mail on JPA. */
@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public void store(Notice notice) {
        em.persist(notice);
    }

    @Override
    public Optional<Notice> find(long id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    @Override
    public List<Notice> latestFor(long accountId, int limit) {
        return em.createNamedQuery("Notice.latestFor", Notice.class)
                .setParameter("accountId", accountId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long unreadCount(long accountId) {
        return em.createNamedQuery("Notice.unreadCount", Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
    }

    @Override
    public void queue(OutgoingMail mail) {
        em.persist(mail);
    }

    @Override
    public Optional<OutgoingMail> findMail(long id) {
        return Optional.ofNullable(em.find(OutgoingMail.class, id));
    }

    @Override
    public List<Long> mailsDue(Instant now, int limit) {
        return em.createNamedQuery("OutgoingMail.idsDue", Long.class)
                .setParameter("now", now)
                .setParameter("maxAttempts", OutgoingMail.MAX_ATTEMPTS)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<OutgoingMail> mailsTo(String recipient) {
        return em.createNamedQuery("OutgoingMail.to", OutgoingMail.class)
                .setParameter("recipient", recipient)
                .getResultList();
    }
}
