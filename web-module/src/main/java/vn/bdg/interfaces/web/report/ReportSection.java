package vn.bdg.interfaces.web.report;

import java.io.Serializable;
import java.util.List;
import vn.bdg.domain.model.programme.ProgrammeTask;

/** The indicators of one task of the letter, as one section of the report form. */
public record ReportSection(ProgrammeTask task, List<ReportRow> rows) implements Serializable {

    public ProgrammeTask getTask() {
        return task;
    }

    public List<ReportRow> getRows() {
        return rows;
    }
}
