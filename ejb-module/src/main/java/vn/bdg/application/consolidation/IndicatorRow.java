package vn.bdg.application.consolidation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of the indicator table as the page and the files lay it out: a task's heading row ({@code line}
 * null) before the task's indicator lines.
 */
public record IndicatorRow(String taskCode, String taskTitle, IndicatorLine line) implements Serializable {

    /** The lines, already in task order, with a heading row wherever the task changes. */
    public static List<IndicatorRow> of(List<IndicatorLine> lines) {
        List<IndicatorRow> rows = new ArrayList<>();
        String task = null;
        for (IndicatorLine line : lines) {
            if (!line.taskCode().equals(task)) {
                task = line.taskCode();
                rows.add(new IndicatorRow(task, line.taskTitle(), null));
            }
            rows.add(new IndicatorRow(task, line.taskTitle(), line));
        }
        return rows;
    }

    public boolean isHeading() {
        return line == null;
    }
}
