package vn.bdg.application.consolidation;

import java.io.Serializable;
import vn.bdg.domain.model.report.CellKey;

/**
 * One line of a scope's indicator table: an indicator's overall cell, or one category of one of its
 * dimensions, under the programme task the indicator belongs to, with its consolidated figures.
 */
public record IndicatorLine(String taskCode, String taskTitle, IndicatorInfo indicator, String cell,
                            Figures figures) implements Serializable {

    public boolean isOverall() {
        return cell.equals(indicator.code());
    }

    /** The dimension of a category line ("Nhóm"), null on the overall line. */
    public String dimension() {
        return CellKey.parse(cell).dimension();
    }

    /** The category of a category line ("GV"), null on the overall line. */
    public String category() {
        return CellKey.parse(cell).category();
    }
}
