package vn.bdg.application.report;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import vn.bdg.domain.model.report.ProgressStatus;

/**
 * Everything typed on a report's form, as typed: the cells (Vietnamese number text by cell key), the
 * narrative of each task (rich text, cleaned on the server), and the progress of each activity of the
 * unit's plan (by activity id). Saved together or not at all.
 */
public class ReportEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One activity's progress as typed: the actual values are number text by indicator code. */
    public record Progress(ProgressStatus status, String note, Map<String, String> actuals) implements Serializable {
        public Progress {
            actuals = actuals == null ? Map.of() : Map.copyOf(actuals);
        }
    }

    private final Map<String, String> cells = new HashMap<>();
    private final Map<String, String> narratives = new HashMap<>();
    private final Map<Long, Progress> progress = new HashMap<>();
    private boolean withNarratives;
    private boolean withProgress;

    public static ReportEntry ofCells(Map<String, String> cells) {
        ReportEntry entry = new ReportEntry();
        entry.cells.putAll(cells);
        return entry;
    }

    /** Also replaces the narratives (a task left out has none). */
    public ReportEntry withNarratives(Map<String, String> byTask) {
        byTask.forEach((task, html) -> {
            if (html != null) {
                narratives.put(task, html);
            }
        });
        withNarratives = true;
        return this;
    }

    /** Also replaces the progress of the planned activities (an activity left out is not started). */
    public ReportEntry withProgress(Map<Long, Progress> byActivity) {
        progress.putAll(byActivity);
        withProgress = true;
        return this;
    }

    public Map<String, String> cells() {
        return cells;
    }

    public Map<String, String> narratives() {
        return narratives;
    }

    public Map<Long, Progress> progress() {
        return progress;
    }

    public boolean hasNarratives() {
        return withNarratives;
    }

    public boolean hasProgress() {
        return withProgress;
    }
}
