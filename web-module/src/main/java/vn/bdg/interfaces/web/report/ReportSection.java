package vn.bdg.interfaces.web.report;

import java.io.Serializable;
import java.util.List;
import vn.bdg.domain.model.plan.PlanActivity;
import vn.bdg.domain.model.programme.ProgrammeTask;

/**
 * One task of the letter as one section of the report form: its indicators, and the activities the
 * unit's issued plan has under it.
 */
public record ReportSection(ProgrammeTask task, List<ReportRow> rows, List<PlanActivity> activities)
        implements Serializable {

    public ProgrammeTask getTask() {
        return task;
    }

    public List<ReportRow> getRows() {
        return rows;
    }

    public List<PlanActivity> getActivities() {
        return activities;
    }
}
