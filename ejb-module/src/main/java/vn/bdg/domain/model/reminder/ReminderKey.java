package vn.bdg.domain.model.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What makes a reminder one reminder: the round, the unit, the kind and the day it is for. A unit gets
 * each at most once, however often the reminders of that day are run.
 */
@Embeddable
public class ReminderKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "org_unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReminderKind kind;

    @Column(name = "reminder_day", nullable = false, updatable = false)
    private LocalDate reminderDay;

    protected ReminderKey() {
    }

    public ReminderKey(long roundId, long unitId, ReminderKind kind, LocalDate reminderDay) {
        this.roundId = roundId;
        this.unitId = unitId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reminderDay = Objects.requireNonNull(reminderDay, "reminderDay");
    }

    public long getRoundId() {
        return roundId;
    }

    public long getUnitId() {
        return unitId;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public LocalDate getReminderDay() {
        return reminderDay;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReminderKey that && roundId == that.roundId && unitId == that.unitId
                && kind == that.kind && reminderDay.equals(that.reminderDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(roundId, unitId, kind, reminderDay);
    }

    @Override
    public String toString() {
        return kind + " of round " + roundId + " for unit " + unitId + " on " + reminderDay;
    }
}
