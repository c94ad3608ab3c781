package vn.bdg.domain.model.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Unit reports. */
public interface ReportRepository {

    Optional<UnitReport> find(long id);

    Optional<UnitReport> findFor(long roundId, long unitId);

    void store(UnitReport report);

    /**
     * Each cell summed over the accepted reports of {@code unitIds} in the round; a percentage that is a
     * share of another indicator weighed by each report's figure of that indicator instead.
     */
    Map<String, BigDecimal> acceptedTotals(long roundId, Collection<Long> unitIds);

    /** The status of each of {@code unitIds} that has a report in the round. */
    Map<Long, ReportStatus> statusesOf(long roundId, Collection<Long> unitIds);

    /** One page of the round's reports of {@code unitIds} that match, most recently submitted first. */
    List<UnitReport> inRound(long roundId, Collection<Long> unitIds, ReportCriteria criteria, int first, int max);

    long countInRound(long roundId, Collection<Long> unitIds, ReportCriteria criteria);
}
