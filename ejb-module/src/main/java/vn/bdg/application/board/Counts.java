package vn.bdg.application.board;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many expected units stand where, by state and by timeliness; each of the two adds up to
 * {@link #getExpected()}. The getters are for the pages' expressions.
 */
public final class Counts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumMap<SubmissionState, Long> states = new EnumMap<>(SubmissionState.class);
    private final EnumMap<Timeliness, Long> timeliness = new EnumMap<>(Timeliness.class);
    private long expected;

    Counts() {
    }

    void add(SubmissionState state, Timeliness judged, long units) {
        states.merge(state, units, Long::sum);
        timeliness.merge(judged, units, Long::sum);
        expected += units;
    }

    public long state(SubmissionState state) {
        return states.getOrDefault(state, 0L);
    }

    public long timeliness(Timeliness judged) {
        return timeliness.getOrDefault(judged, 0L);
    }

    public Map<SubmissionState, Long> byState() {
        Map<SubmissionState, Long> all = new EnumMap<>(SubmissionState.class);
        for (SubmissionState state : SubmissionState.values()) {
            all.put(state, state(state));
        }
        return all;
    }

    public Map<Timeliness, Long> byTimeliness() {
        Map<Timeliness, Long> all = new EnumMap<>(Timeliness.class);
        for (Timeliness judged : Timeliness.values()) {
            all.put(judged, timeliness(judged));
        }
        return all;
    }

    public long getExpected() {
        return expected;
    }

    public long getNotStarted() {
        return state(SubmissionState.NOT_STARTED);
    }

    public long getDraft() {
        return state(SubmissionState.DRAFT);
    }

    public long getSubmitted() {
        return state(SubmissionState.SUBMITTED);
    }

    public long getReturned() {
        return state(SubmissionState.RETURNED);
    }

    public long getAccepted() {
        return state(SubmissionState.ACCEPTED);
    }

    /** Units a reviewer marked missing (the state), as opposed to {@link #getMissing()}. */
    public long getMarkedMissing() {
        return state(SubmissionState.MISSING);
    }

    public long getOnTime() {
        return timeliness(Timeliness.ON_TIME);
    }

    public long getLate() {
        return timeliness(Timeliness.LATE);
    }

    /** Units missing by timeliness: marked missing, or not sent once their due day is over. */
    public long getMissing() {
        return timeliness(Timeliness.MISSING);
    }

    public long getPending() {
        return timeliness(Timeliness.PENDING);
    }
}
