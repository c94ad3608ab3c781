package vn.bdg.domain.model.report;

import java.util.Optional;

/** Unit reports. */
public interface ReportRepository {

    Optional<UnitReport> find(long id);

    Optional<UnitReport> findFor(long roundId, long unitId);

    void store(UnitReport report);
}
