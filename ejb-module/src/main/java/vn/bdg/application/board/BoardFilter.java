package vn.bdg.application.board;

import java.io.Serializable;
import vn.bdg.domain.model.org.UnitType;

/**
 * Which of the board's units to count or list; a null field does not filter. {@code districtId} is a
 * Phòng's unit id, or {@link #DIRECT_TO_SO} for the units directly under the Sở. {@code name} is matched
 * without diacritics, every word of it somewhere in the unit's name, short name or code.
 */
public record BoardFilter(ReportingLevel level, SubmissionState state, Timeliness timeliness, Long districtId,
                          UnitType unitType, String name) implements Serializable {

    /** The district of the units whose parent on the round's cut-off day is not a Phòng. */
    public static final long DIRECT_TO_SO = 0L;

    public static BoardFilter all() {
        return new BoardFilter(null, null, null, null, null, null);
    }

    public BoardFilter withLevel(ReportingLevel newLevel) {
        return new BoardFilter(newLevel, state, timeliness, districtId, unitType, name);
    }

    public BoardFilter withState(SubmissionState newState) {
        return new BoardFilter(level, newState, timeliness, districtId, unitType, name);
    }

    public BoardFilter withTimeliness(Timeliness newTimeliness) {
        return new BoardFilter(level, state, newTimeliness, districtId, unitType, name);
    }

    public BoardFilter withDistrict(Long newDistrictId) {
        return new BoardFilter(level, state, timeliness, newDistrictId, unitType, name);
    }

    public BoardFilter withUnitType(UnitType newUnitType) {
        return new BoardFilter(level, state, timeliness, districtId, newUnitType, name);
    }

    public BoardFilter withName(String newName) {
        return new BoardFilter(level, state, timeliness, districtId, unitType, newName);
    }
}
