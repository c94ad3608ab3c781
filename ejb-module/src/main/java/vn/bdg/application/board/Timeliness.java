package vn.bdg.application.board;

/**
 * Whether an expected unit met its due date (with extensions) in a round. A sent report is on time or
 * late by the stamp it got at submission; a unit that has not sent is missing once its due day is over
 * or once a reviewer marked it missing, and pending before that. A returned report counts as not sent:
 * what is due is a report the reviewing level can take.
 */
public enum Timeliness {
    ON_TIME,
    LATE,
    MISSING,
    PENDING
}
