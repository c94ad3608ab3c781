package vn.bdg.domain.model.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Comparison;
import vn.bdg.domain.model.programme.Dimension;
import vn.bdg.domain.model.programme.Formula;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.Severity;
import vn.bdg.domain.model.programme.ValidationRule;

/**
 * Runs a programme's checks on the values of one unit's report: computes the derived indicators from
 * the entered ones, then applies the catalogue's rules, the indicators' bounds, the female part of each
 * category within its total, the categories of a dimension within the indicator's total, and the
 * mandatory indicators. Only indicators the unit's type reports take part; a rule naming another one is
 * skipped. A check whose values are not all entered is not applied, so a half-filled draft is judged
 * only on what it holds, except for the mandatory indicators, which must be there to submit.
 */
public final class ReportCheck {

    /** The derived values, by indicator code, and everything found. */
    public record Result(Map<String, BigDecimal> derived, List<Finding> findings) {

        public boolean blocksSubmission() {
            return findings.stream().anyMatch(Finding::isError);
        }

        public List<Finding> about(String indicatorCode) {
            return findings.stream().filter(f -> indicatorCode.equals(f.indicatorCode())).toList();
        }
    }

    private final Programme programme;
    private final UnitType unitType;
    private final Map<CellKey, BigDecimal> values;
    private final Map<String, BigDecimal> derived = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private ReportCheck(Programme programme, UnitType unitType, Map<CellKey, BigDecimal> values) {
        this.programme = programme;
        this.unitType = unitType;
        this.values = values;
    }

    public static Result run(Programme programme, UnitType unitType, Map<CellKey, BigDecimal> values) {
        ReportCheck check = new ReportCheck(programme, unitType, values);
        check.computeDerived();
        check.checkIndicators();
        check.checkRules();
        return new Result(Collections.unmodifiableMap(check.derived), List.copyOf(check.findings));
    }

    private boolean reports(Indicator indicator) {
        return indicator.appliesTo(unitType) && !indicator.isSystemComputed();
    }

    private void computeDerived() {
        for (Indicator indicator : programme.getIndicators()) {
            if (reports(indicator) && indicator.getKind() == IndicatorKind.DERIVED) {
                BigDecimal value = derivedValue(indicator.getCode());
                if (value != null) {
                    derived.put(indicator.getCode(), value);
                }
            }
        }
    }

    /** A derived indicator from its parts; the catalogue refuses cycles, so the recursion ends. */
    private BigDecimal derivedValue(String code) {
        if (derived.containsKey(code)) {
            return derived.get(code);
        }
        Formula formula = programme.indicator(code).parsedFormula();
        BigDecimal value = formula == null ? null : formula.evaluate(this::valueOf);
        derived.put(code, value);
        return value;
    }

    private BigDecimal valueOf(Formula.Term term) {
        Indicator indicator = programme.findIndicator(term.code()).orElse(null);
        if (indicator != null && indicator.getKind() == IndicatorKind.DERIVED && !term.female()) {
            return derivedValue(term.code());
        }
        return values.get(term.female() ? CellKey.female(term.code()) : CellKey.total(term.code()));
    }

    private void checkIndicators() {
        for (Indicator indicator : programme.getIndicators()) {
            if (!reports(indicator)) {
                continue;
            }
            String code = indicator.getCode();
            if (indicator.getKind() == IndicatorKind.DERIVED) {
                checkBounds(indicator, derived.get(code), null);
                continue;
            }
            BigDecimal total = values.get(CellKey.total(code));
            if (indicator.isMandatory() && total == null) {
                findings.add(Finding.of(Severity.ERROR, code, "report.check.mandatoryMissing", code));
            }
            checkBounds(indicator, total, null);
            checkBounds(indicator, values.get(CellKey.female(code)), null);
            for (Dimension dimension : indicator.getDimensions()) {
                checkCategories(indicator, dimension, total, false);
                if (indicator.isSexSplit()) {
                    checkCategories(indicator, dimension, values.get(CellKey.female(code)), true);
                }
            }
        }
    }

    private void checkCategories(Indicator indicator, Dimension dimension, BigDecimal overall, boolean female) {
        String code = indicator.getCode();
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (String category : dimension.getCategories()) {
            BigDecimal value = values.get(new CellKey(code, dimension.getName(), category, female));
            if (value == null) {
                continue;
            }
            any = true;
            sum = sum.add(value);
            checkBounds(indicator, value, category);
            BigDecimal categoryTotal = values.get(new CellKey(code, dimension.getName(), category, false));
            if (female && categoryTotal != null && value.compareTo(categoryTotal) > 0) {
                findings.add(Finding.of(Severity.ERROR, code, "report.check.femaleAboveTotal", code, category));
            }
        }
        if (any && overall != null && sum.compareTo(overall) > 0) {
            findings.add(Finding.of(Severity.ERROR, code,
                    female ? "report.check.femaleCategoriesAboveTotal" : "report.check.categoriesAboveTotal",
                    code, dimension.getName()));
        }
    }

    private void checkBounds(Indicator indicator, BigDecimal value, String category) {
        if (value == null) {
            return;
        }
        String where = category == null ? indicator.getCode() : indicator.getCode() + " (" + category + ")";
        if (indicator.getMin() != null && value.compareTo(indicator.getMin()) < 0) {
            findings.add(Finding.of(Severity.ERROR, indicator.getCode(), "report.check.belowMin", where,
                    indicator.getMin()));
        }
        if (indicator.getMax() != null && value.compareTo(indicator.getMax()) > 0) {
            findings.add(Finding.of(Severity.ERROR, indicator.getCode(), "report.check.aboveMax", where,
                    indicator.getMax()));
        }
    }

    private void checkRules() {
        for (ValidationRule rule : programme.getRules()) {
            Comparison condition = rule.condition();
            boolean applies = condition.codes().stream()
                    .allMatch(code -> programme.findIndicator(code).map(this::reports).orElse(false));
            if (applies && Boolean.FALSE.equals(condition.holds(this::valueOf))) {
                findings.add(Finding.ofRule(rule.getSeverity(), condition.codes().iterator().next(),
                        rule.getMessageVi(), rule.getMessageEn(), rule.getExpression()));
            }
        }
    }
}
