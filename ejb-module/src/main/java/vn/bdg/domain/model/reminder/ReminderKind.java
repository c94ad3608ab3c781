package vn.bdg.domain.model.reminder;

import vn.bdg.domain.model.notice.NoticeTopic;

/** Which reminder of a due date a unit gets; each is told with its own notice topic and mail. */
public enum ReminderKind {
    /** One of the configured days before the due date. */
    DEADLINE_NEAR(NoticeTopic.DEADLINE_NEAR),
    /** The due date itself: the report is due by the end of the day. */
    DEADLINE_TODAY(NoticeTopic.DEADLINE_TODAY),
    /** Every seventh day after the due date while the report is still missing. */
    OVERDUE(NoticeTopic.OVERDUE);

    private final NoticeTopic topic;

    ReminderKind(NoticeTopic topic) {
        this.topic = topic;
    }

    public NoticeTopic topic() {
        return topic;
    }
}
