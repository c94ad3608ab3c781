package vn.bdg.application.consolidation;

import java.util.Collection;
import java.util.List;

/**
 * The narratives of the reports a consolidation run counted, as the consolidated report quotes them.
 * Their lengths are read first, so that choosing which to quote ({@link Excerpts}) never loads the
 * text of every counted report; only the chosen texts are read after. The figures come from
 * {@link ResultQueries}, as the results pages read them. Implemented in {@code infrastructure.persistence.jpa}.
 */
public interface CountedNarratives {

    /** Every narrative of the run's counted reports, without its text: which report and task, and how long. */
    List<NarrativeSize> sizes(long runId);

    /** The narratives (cleaned HTML) of the given reports, every task. */
    List<NarrativeText> texts(Collection<Long> reportIds);

    /** A counted report's narrative of a task: the report, its unit's name and the length of the stored text. */
    record NarrativeSize(long reportId, String taskCode, String unitName, int length) {
    }

    /** A report's narrative of a task as stored (cleaned HTML). */
    record NarrativeText(long reportId, String taskCode, String html) {
    }
}
