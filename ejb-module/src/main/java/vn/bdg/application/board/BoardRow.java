package vn.bdg.application.board;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import vn.bdg.domain.model.org.UnitType;

/**
 * One expected unit on the board: who it is, its district and reporting level on the round's cut-off
 * day, its due date with extensions, where its report stands, when it was last sent and, when a
 * reviewer marked it missing, why. Getters for the pages' expressions.
 */
public final class BoardRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long unitId;
    private final String unitName;
    private final UnitType unitType;
    private final District district;
    private final ReportingLevel level;
    private final LocalDate due;
    private final SubmissionState state;
    private final Timeliness timeliness;
    private final Instant submittedAt;
    private final String missingReason;

    public BoardRow(long unitId, String unitName, UnitType unitType, Long districtId, String districtName,
                    ReportingLevel level, LocalDate due, SubmissionState state, Timeliness timeliness,
                    Instant submittedAt, String missingReason) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.unitType = unitType;
        this.district = District.of(districtId, districtName);
        this.level = level;
        this.due = due;
        this.state = state;
        this.timeliness = timeliness;
        this.submittedAt = submittedAt;
        this.missingReason = missingReason;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public District getDistrict() {
        return district;
    }

    public ReportingLevel getLevel() {
        return level;
    }

    public LocalDate getDue() {
        return due;
    }

    public SubmissionState getState() {
        return state;
    }

    public Timeliness getTimeliness() {
        return timeliness;
    }

    /** When the report was last sent up; null if it never was. */
    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getMissingReason() {
        return missingReason;
    }
}
