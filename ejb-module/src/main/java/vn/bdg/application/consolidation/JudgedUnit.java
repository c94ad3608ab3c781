package vn.bdg.application.consolidation;

import java.io.Serializable;
import vn.bdg.application.board.District;

/**
 * An expected unit as a run judged it late or missing: its name, its district as the board groups it
 * (a Phòng itself stands directly under the Sở) and a reviewer's reason for marking it missing, if any.
 */
public record JudgedUnit(String unitName, District district, String missingReason) implements Serializable {
}
