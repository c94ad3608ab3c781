package vn.bdg.domain.model.consolidation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Consolidation runs. */
public interface ConsolidationRunRepository {

    ConsolidationRun save(ConsolidationRun run);

    Optional<ConsolidationRun> find(long runId);

    /** Locks the run's row for the rest of the transaction, so two requests cannot both restart it. */
    Optional<ConsolidationRun> lock(long runId);

    /** A round's runs, the latest first. */
    List<ConsolidationRun> ofRound(long roundId);

    List<ConsolidationRun> running();

    /** The programme a round belongs to. */
    Optional<Long> programmeOfRound(long roundId);

    /** Rounds of published programmes whose top due date is on or before {@code dueBy} and that have no run yet. */
    List<Long> roundsNeverConsolidated(LocalDate dueBy);
}
