package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeRepository;

/** Programmes on JPA. */
@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    /**
     * The programme with its catalogue: the indicators come in one query with their dimensions and unit
     * types batch-read by EclipseLink (one query each for all indicators, not two per indicator).
     */
    @Override
    public Optional<Programme> find(long id) {
        Programme programme = em.find(Programme.class, id);
        if (programme != null) {
            em.createNamedQuery("Indicator.ofProgramme", Indicator.class)
                    .setParameter("programme", programme)
                    .setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.batch", "i.dimensions")
                    .setHint("eclipselink.batch", "i.unitTypes")
                    .getResultList();
        }
        return Optional.ofNullable(programme);
    }

    @Override
    public void store(Programme programme) {
        if (programme.getId() == null) {
            em.persist(programme);
        }
    }

    @Override
    public List<Programme> issuedBy(Collection<Long> issuerIds) {
        if (issuerIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Programme.issuedBy", Programme.class)
                .setParameter("issuers", issuerIds)
                .getResultList();
    }

    @Override
    public List<Programme> publishedFor(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = em.createNamedQuery("Programme.idsPublishedFor", Long.class)
                .setParameter("units", unitIds)
                .getResultList();
        return ids.isEmpty() ? List.of() : em.createNamedQuery("Programme.byIds", Programme.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public boolean letterTaken(int year, String number, String symbol, Long exceptId) {
        return em.createNamedQuery("Programme.countByLetter", Long.class)
                .setParameter("year", year)
                .setParameter("number", number)
                .setParameter("symbol", symbol)
                .setParameter("exceptId", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    @Override
    public boolean copiedTo(long sourceId, int year) {
        return em.createNamedQuery("Programme.countCopies", Long.class)
                .setParameter("sourceId", sourceId)
                .setParameter("year", year)
                .getSingleResult() > 0;
    }
}
