package vn.bdg.domain.model.report;

import java.io.Serializable;
import vn.bdg.domain.model.org.UnitType;

/** What a reviewer narrows the reports of a round to; a null part does not narrow. */
public record ReportCriteria(ReportStatus status, UnitType unitType, Boolean late) implements Serializable {

    public static ReportCriteria any() {
        return new ReportCriteria(null, null, null);
    }
}
