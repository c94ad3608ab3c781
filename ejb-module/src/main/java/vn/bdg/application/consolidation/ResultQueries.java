package vn.bdg.application.consolidation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.bdg.domain.model.consolidation.ScopeKind;

/**
 * The results pages' questions to the consolidation tables, each answered by one statement over one run's
 * rows; the database sums, divides and rounds, the callers only format. Implemented in
 * {@code infrastructure.persistence.jpa}.
 */
public interface ResultQueries {

    /** The programme of a round. */
    Optional<Long> programmeOfRound(long roundId);

    /** The round of a programme with the given code. */
    Optional<Long> roundOf(long programmeId, String roundCode);

    /** The run the round is published at. */
    Optional<PublishedRun> publishedRun(long roundId);

    /** The indicator table of a scope: task by task in the programme's order, each indicator's overall line first. */
    List<IndicatorLine> indicators(long runId, Scope scope);

    /**
     * One cell in every district or unit type ({@code kind}), or only in the districts keyed in
     * {@code keys} (null: all), in no particular order.
     */
    List<AreaFigures> areas(long runId, ScopeKind kind, String cell, Set<String> keys);

    /** The timeliness of every scope, or only of the districts keyed in {@code districtKeys} (null: every scope). */
    List<TimelinessLine> timeliness(long runId, Set<String> districtKeys);

    /** The gender gaps of a scope, in the programme's order of indicators. */
    List<GapLine> gaps(long runId, Scope scope);

    /**
     * Every indicator's overall figure in a scope against the same scope of {@code previousRunId} (the
     * previous year's run, null when there is none), in the programme's order of indicators.
     */
    List<YearLine> yearOverYear(long runId, Scope scope, Long previousRunId);

    List<TargetLine> targets(long runId);

    /**
     * The units the run judged to have {@code timeliness} (LATE, MISSING…) when it took its snapshot, in
     * the board's order: the units directly under the Sở first, then by district, unit type and name.
     * Empty for a run consolidated before units were kept with their timeliness.
     */
    List<JudgedUnit> judgedUnits(long runId, String timeliness);

    /** The reports counted in a district (0: the units directly under the Sở), with their own value of {@code cell}. */
    List<UnitLine> units(long runId, long districtId, String cell);
}
