package vn.bdg.application.consolidation;

import java.io.Serializable;
import vn.bdg.domain.model.org.UnitType;

/**
 * One report a run counted in a district, as frozen at the snapshot, with the unit's own value of one
 * cell. {@code countsFigures} is false for the Phòng's consolidating report, whose figures are its
 * schools' totals and are not counted again.
 */
public record UnitLine(long reportId, long unitId, String unitName, UnitType unitType, String status,
                       boolean countsFigures, Figures figures) implements Serializable {
}
