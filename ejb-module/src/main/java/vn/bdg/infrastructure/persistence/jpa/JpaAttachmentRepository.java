package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.bdg.domain.model.evidence.Attachment;
import vn.bdg.domain.model.evidence.AttachmentContent;
import vn.bdg.domain.model.evidence.AttachmentRepository;
import vn.bdg.domain.model.evidence.OwnerKind;

/** Evidence files on JPA: the description and the bytes in two tables, written in one transaction. */
@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public void store(Attachment attachment, byte[] content) {
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), content));
    }

    @Override
    public Optional<Attachment> find(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    @Override
    public Optional<byte[]> content(long attachmentId) {
        return Optional.ofNullable(em.find(AttachmentContent.class, attachmentId)).map(AttachmentContent::getBytes);
    }

    @Override
    public List<Attachment> of(OwnerKind kind, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Attachment.ofOwners", Attachment.class)
                .setParameter("kind", kind)
                .setParameter("ownerIds", ownerIds)
                .getResultList();
    }
}
