package vn.bdg.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** The reported state of one activity of the unit's issued plan: status and a short note. */
@Embeddable
public class ActivityProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_LENGTH = 2000;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgressStatus status;

    @Column(length = NOTE_LENGTH)
    private String note;

    protected ActivityProgress() {
    }

    ActivityProgress(long activityId, ProgressStatus status, String note) {
        this.activityId = activityId;
        this.status = status;
        this.note = note;
    }

    public long getActivityId() {
        return activityId;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }
    @Override
    public boolean equals(Object other) {
        return other instanceof ActivityProgress that && activityId == that.activityId && status == that.status
                && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(activityId, status, note);
    }
}
