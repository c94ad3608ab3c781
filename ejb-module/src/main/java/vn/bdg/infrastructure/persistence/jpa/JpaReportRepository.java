package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.bdg.domain.model.report.ReportRepository;
import vn.bdg.domain.model.report.UnitReport;

/** Unit reports on JPA. */
@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public Optional<UnitReport> find(long id) {
        return Optional.ofNullable(em.find(UnitReport.class, id));
    }

    @Override
    public Optional<UnitReport> findFor(long roundId, long unitId) {
        return em.createNamedQuery("UnitReport.forRoundAndUnit", UnitReport.class)
                .setParameter("roundId", roundId)
                .setParameter("unitId", unitId)
                .getResultStream().findFirst();
    }

    @Override
    public void store(UnitReport report) {
        if (report.getId() == null) {
            em.persist(report);
        }
    }
}
