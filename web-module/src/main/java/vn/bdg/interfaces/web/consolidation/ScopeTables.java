package vn.bdg.interfaces.web.consolidation;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import vn.bdg.application.Actor;
import vn.bdg.application.consolidation.AreaFigures;
import vn.bdg.application.consolidation.ConsolidationResults;
import vn.bdg.application.consolidation.GapLine;
import vn.bdg.application.consolidation.IndicatorLine;
import vn.bdg.application.consolidation.IndicatorRow;
import vn.bdg.application.consolidation.ResultCharts;
import vn.bdg.application.consolidation.Scope;
import vn.bdg.application.consolidation.TargetLine;
import vn.bdg.application.consolidation.TimelinessLine;
import vn.bdg.application.consolidation.UnitLine;
import vn.bdg.application.consolidation.YearLine;

/**
 * The dashboard's tables of one scope of a published round, each read by one call: the indicator table,
 * the gender gaps, the previous year, the timeliness and (for the whole round) the national targets;
 * and, for the figure chosen to compare, its value per district and unit type (whole round) or per
 * report counted (a district).
 */
public final class ScopeTables implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<IndicatorLine> indicators;
    private final List<GapLine> gaps;
    private final List<YearLine> years;
    private final List<TimelinessLine> timeliness;
    private final List<TargetLine> targets;
    private IndicatorLine figure;
    private List<AreaFigures> districts = List.of();
    private List<AreaFigures> types = List.of();
    private List<UnitLine> units = List.of();

    private ScopeTables(List<IndicatorLine> indicators, List<GapLine> gaps, List<YearLine> years,
                        List<TimelinessLine> timeliness, List<TargetLine> targets) {
        this.indicators = indicators;
        this.gaps = gaps;
        this.years = years;
        this.timeliness = timeliness;
        this.targets = targets;
    }

    static ScopeTables none() {
        return new ScopeTables(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The scope's tables; the timeliness of the whole round lists every scope, a district's only its own. */
    static ScopeTables read(ConsolidationResults results, Actor actor, long roundId, Scope scope) {
        List<TimelinessLine> timeliness = results.timeliness(actor, roundId).stream()
                .filter(line -> scope.isWhole() || line.scope().equals(scope)).toList();
        return new ScopeTables(results.indicators(actor, roundId, scope), results.genderGaps(actor, roundId, scope),
                results.yearOverYear(actor, roundId, scope), timeliness,
                scope.isWhole() ? results.targets(actor, roundId) : List.of());
    }

    /**
     * Compares the overall cell {@code cell} across areas or reports; an unknown cell (or none) compares
     * the sex-disaggregated indicator of the lowest code (BDG-01, the staff), or the first indicator.
     * Returns whether {@code cell} was known.
     */
    boolean compare(ConsolidationResults results, Actor actor, long roundId, Scope scope, String cell) {
        List<IndicatorLine> options = getFigures();
        figure = options.stream().filter(line -> line.cell().equals(cell)).findFirst()
                .or(() -> options.stream().filter(line -> line.figures().isSexSplit())
                        .min(Comparator.comparing(IndicatorLine::cell)))
                .or(() -> options.stream().findFirst())
                .orElse(null);
        boolean known = cell == null || figure != null && figure.cell().equals(cell);
        if (figure == null) {
            return known;
        }
        districts = scope.isWhole() ? results.byDistrict(actor, roundId, figure.cell()) : List.of();
        types = scope.isWhole() ? results.byUnitType(actor, roundId, figure.cell()) : List.of();
        units = scope.isDistrict() ? results.districtUnits(actor, roundId, scope.districtId(), figure.cell()) : List.of();
        return known;
    }

    /** The indicators' overall lines: what can be compared across areas. */
    public List<IndicatorLine> getFigures() {
        return indicators.stream().filter(IndicatorLine::isOverall).toList();
    }

    public List<IndicatorRow> getIndicatorRows() {
        return IndicatorRow.of(indicators);
    }

    public List<IndicatorLine> getIndicators() {
        return indicators;
    }

    public List<IndicatorLine> getPerUnit() {
        return ResultCharts.perUnit(indicators);
    }

    public List<GapLine> getGaps() {
        return gaps;
    }

    public List<YearLine> getYears() {
        return years;
    }

    public boolean isWithPreviousYear() {
        return years.stream().anyMatch(line -> line.previousTotal() != null);
    }

    public List<TimelinessLine> getTimeliness() {
        return timeliness;
    }

    public List<TargetLine> getTargets() {
        return targets;
    }

    public IndicatorLine getFigure() {
        return figure;
    }

    public List<AreaFigures> getDistricts() {
        return districts;
    }

    public List<AreaFigures> getTypes() {
        return types;
    }

    public List<UnitLine> getUnits() {
        return units;
    }
}
