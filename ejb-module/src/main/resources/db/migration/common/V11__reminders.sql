-- Reminders of due dates and the reviewers' daily digest (issue 5).
--
-- Each row is the key of one message that went out, and the primary key is what makes it go out
-- exactly once. The reminder service inserts the row FIRST, in the same transaction in which it then
-- writes the notices and queues the mails (outgoing_mail, sent after commit, each row locked while it
-- is sent). So:
--   * a run that is retried, or runs again after a restart (the startup catch-up), finds the row and
--     skips the reminder;
--   * two runs at the same time (the 6:00 timer and an administrator's button) both try to insert
--     the same key: the second waits for the first, then fails on the primary key and rolls back
--     everything it wrote, notices and mails included;
--   * a run that fails after the insert rolls the row back with its notices and mails, so the next
--     run sends the reminder.
-- A reminder is one (round, unit, kind, day): before the due date (DEADLINE_NEAR), on it
-- (DEADLINE_TODAY) or weekly after it (OVERDUE). A digest is one (account, day).
CREATE TABLE reminder_sent (
    round_id     BIGINT      NOT NULL REFERENCES reporting_round (id),
    org_unit_id  BIGINT      NOT NULL REFERENCES org_unit (id),
    kind         VARCHAR(20) NOT NULL,
    reminder_day DATE        NOT NULL,
    due_on       DATE        NOT NULL,
    recipients   INTEGER     NOT NULL,
    sent_at      TIMESTAMP   NOT NULL,
    CONSTRAINT pk_reminder_sent PRIMARY KEY (round_id, org_unit_id, kind, reminder_day)
);
CREATE INDEX ix_reminder_sent_day ON reminder_sent (reminder_day, sent_at);

-- covered_from / covered_until: the submissions the digest listed; the next one starts where it ended.
CREATE TABLE digest_sent (
    account_id    BIGINT    NOT NULL REFERENCES user_account (id),
    digest_day    DATE      NOT NULL,
    covered_from  TIMESTAMP NOT NULL,
    covered_until TIMESTAMP NOT NULL,
    reports       INTEGER   NOT NULL,
    sent_at       TIMESTAMP NOT NULL,
    CONSTRAINT pk_digest_sent PRIMARY KEY (account_id, digest_day)
);

-- The digest reads the reports submitted since the last digest.
CREATE INDEX ix_unit_report_digest ON unit_report (submitted_at);
