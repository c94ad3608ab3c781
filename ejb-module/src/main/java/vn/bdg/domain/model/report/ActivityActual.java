package vn.bdg.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.math.BigDecimal;

/** What one activity actually reached on one indicator it has a target for. */
@Embeddable
public class ActivityActual implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "indicator_code", nullable = false, length = 20)
    private String indicatorCode;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    protected ActivityActual() {
    }

    ActivityActual(long activityId, String indicatorCode, BigDecimal amount) {
        this.activityId = activityId;
        this.indicatorCode = indicatorCode;
        this.amount = amount;
    }

    public long getActivityId() {
        return activityId;
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }
    /** Equal amounts compare by value, so "612" and "612.0000" (as read back) are the same. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ActivityActual that && activityId == that.activityId
                && indicatorCode.equals(that.indicatorCode) && amount.compareTo(that.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(activityId, indicatorCode);
    }
}
