package vn.bdg.interfaces.web.report;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import vn.bdg.application.report.ReportEntry;
import vn.bdg.domain.model.report.ProgressStatus;

/** What is being typed about one planned activity: status, note, and actual values by indicator code. */
public class ProgressInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private ProgressStatus status;
    private String note;
    private final Map<String, String> actuals = new HashMap<>();

    public ReportEntry.Progress toEntry() {
        Map<String, String> typed = new HashMap<>();
        actuals.forEach((code, text) -> {
            if (text != null && !text.isBlank()) {
                typed.put(code, text);
            }
        });
        return new ReportEntry.Progress(status, note, typed);
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public void setStatus(ProgressStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Map<String, String> getActuals() {
        return actuals;
    }
}
