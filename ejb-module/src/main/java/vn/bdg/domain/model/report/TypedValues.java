package vn.bdg.domain.model.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.VietnameseNumber;

/**
 * Reads what was typed into a report's cells, the same way wherever it was typed (the form, an
 * uploaded workbook, the live preview): a percentage or an amount of money may have decimals written
 * with a comma, everything else is a whole count with dots grouping the thousands. A refusal names
 * the cell and its indicator.
 */
public final class TypedValues {

    private TypedValues() {
    }

    /** Every typed cell read; the first unreadable one is refused. Blank cells are left out. */
    public static Map<CellKey, BigDecimal> read(Programme programme, Map<String, String> typed) {
        Map<CellKey, BigDecimal> values = new HashMap<>();
        typed.forEach((cell, text) -> {
            BigDecimal value = cell(programme, cell, text);
            if (value != null) {
                values.put(CellKey.parse(cell), value);
            }
        });
        return values;
    }

    /** The readable cells only, for showing what the values would give while they are being typed. */
    public static Map<CellKey, BigDecimal> readable(Programme programme, Map<String, String> typed) {
        Map<CellKey, BigDecimal> values = new HashMap<>();
        typed.forEach((cell, text) -> {
            try {
                BigDecimal value = cell(programme, cell, text);
                if (value != null) {
                    values.put(CellKey.parse(cell), value);
                }
            } catch (BusinessException unreadable) {
                // Half-typed input is normal while typing; saving is what reports it.
            }
        });
        return values;
    }

    /** One cell typed as text, or null when blank. */
    public static BigDecimal cell(Programme programme, String cell, String text) {
        CellKey key = CellKey.parse(cell);
        Indicator indicator = indicatorOf(programme, key);
        return VietnameseNumber.parse(text, kindOf(indicator), fieldName(indicator, key));
    }

    /** One cell that arrived as a number (a numeric spreadsheet cell): a count must be whole. */
    public static BigDecimal cell(Programme programme, String cell, BigDecimal number) {
        CellKey key = CellKey.parse(cell);
        Indicator indicator = indicatorOf(programme, key);
        return VietnameseNumber.check(number, kindOf(indicator), fieldName(indicator, key));
    }

    /** Percentages and money may have decimals; persons, times, sessions and cases are counts. */
    public static VietnameseNumber.Kind kindOf(Indicator indicator) {
        String unit = indicator.getUnitVi();
        return unit.contains("%") || unit.contains("đồng") ? VietnameseNumber.Kind.DECIMAL : VietnameseNumber.Kind.COUNT;
    }

    private static Indicator indicatorOf(Programme programme, CellKey key) {
        return programme.findIndicator(key.indicatorCode())
                .orElseThrow(() -> new BusinessException("report.error.cellUnknown", key.toString()));
    }

    private static String fieldName(Indicator indicator, CellKey key) {
        return key + " — " + indicator.getNameVi();
    }
}
