package vn.bdg.application.board;

import vn.bdg.domain.model.org.UnitType;

/**
 * One row of the board's grouped count: how many units of one district and type stand in one state
 * with one timeliness. The district's id and name are null for units directly under the Sở.
 */
public record GroupedCount(Long districtId, String districtName, UnitType unitType, SubmissionState state,
                           Timeliness timeliness, long units) {
}
