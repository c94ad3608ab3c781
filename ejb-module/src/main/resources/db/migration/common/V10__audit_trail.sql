-- The audit trail (issue 5): one row per thing worth answering for later — who, when, from where, what
-- kind, about which subject in which unit, and the message key with its arguments that say what, so each
-- reader sees it in their own language. A value change lists its fields with before and after.
--
-- Append-only. The application only inserts and reads (AuditEntry has no mutators, its columns are not
-- updatable, JPA updates and removals are refused). On PostgreSQL a trigger refuses UPDATE, DELETE and
-- TRUNCATE as well (postgresql/V10_1). H2 in Payara cannot load trigger classes from the application,
-- so on H2 the code is the only guard: H2 is for development and tests, not for the Department's data.

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL PRIMARY KEY,
    recorded_at  TIMESTAMP    NOT NULL,
    actor        VARCHAR(60)  NOT NULL,
    origin       VARCHAR(60)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    subject_type VARCHAR(20)  NOT NULL,
    subject_id   BIGINT,
    org_unit_id  BIGINT       REFERENCES org_unit (id),
    message_key  VARCHAR(100) NOT NULL
);
-- The trail of one subject (a report's reviewers) and of one person (SYS_ADMIN), newest first.
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_type, subject_id, recorded_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, recorded_at);

CREATE TABLE audit_argument (
    entry_id   BIGINT        NOT NULL REFERENCES audit_entry (id),
    list_index INTEGER       NOT NULL,
    argument   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (entry_id, list_index)
);

CREATE TABLE audit_change (
    entry_id     BIGINT        NOT NULL REFERENCES audit_entry (id),
    list_index   INTEGER       NOT NULL,
    field_name   VARCHAR(200)  NOT NULL,
    before_value VARCHAR(4000),
    after_value  VARCHAR(4000),
    PRIMARY KEY (entry_id, list_index)
);
