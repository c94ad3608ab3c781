package vn.bdg.domain.model.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a unit reports about one activity of its plan: how far it has come, a short note, and what it
 * actually reached on the indicators the activity has targets for (by indicator code).
 */
public record ProgressUpdate(ProgressStatus status, String note, Map<String, BigDecimal> actuals) {

    public ProgressUpdate {
        actuals = actuals == null ? Map.of() : Map.copyOf(actuals);
    }

    boolean isEmpty() {
        return status == null && (note == null || note.isBlank()) && actuals.isEmpty();
    }
}
