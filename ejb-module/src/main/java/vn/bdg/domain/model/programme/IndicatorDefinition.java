package vn.bdg.domain.model.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.bdg.domain.model.org.UnitType;

/**
 * Everything that defines an indicator of the catalogue, as entered or as read from the default catalogue.
 * {@code shareOf} is, for a percentage each unit enters (BDG-27), the indicator it is a share of (BDG-01):
 * consolidation weighs each unit's percentage by its own figure of that indicator.
 */
public record IndicatorDefinition(
        String code,
        String taskCode,
        String nameVi,
        String nameEn,
        String unitVi,
        String unitEn,
        IndicatorKind kind,
        String formula,
        String shareOf,
        boolean sexSplit,
        List<Dimension> dimensions,
        Set<UnitType> unitTypes,
        boolean mandatory,
        boolean systemComputed,
        BigDecimal min,
        BigDecimal max) {

    public IndicatorDefinition {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        unitTypes = unitTypes == null ? Set.of() : Set.copyOf(unitTypes);
        formula = formula == null || formula.isBlank() ? null : formula.trim();
        shareOf = shareOf == null || shareOf.isBlank() ? null : shareOf.trim().toUpperCase(Locale.ROOT);
    }
}
