package vn.bdg.application.board;

/**
 * Which level a unit reports to in a round: {@link #UNDER_PHONG} for a school that sends its report to
 * its Phòng GD&ĐT (when the programme has that intermediate level), {@link #DIRECT} for everybody who
 * reports to the Sở itself: the Phòng, THPT schools, centres and affiliated units, and every unit of a
 * programme without an intermediate level. The same rule as the unit's due date
 * ({@link vn.bdg.domain.model.programme.Programme#regularDue}).
 */
public enum ReportingLevel {
    UNDER_PHONG,
    DIRECT
}
