-- A unit's report for a round (issue 4): its status, who changed it last and when (so that a second
-- editor's save can name them), the submission stamp against the unit's due date, and the values of
-- its cells ("BDG-01", "BDG-01.nu", "BDG-01[Nhóm=GV]" …).

CREATE SEQUENCE unit_report_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE unit_report (
    id            BIGINT       NOT NULL PRIMARY KEY,
    programme_id  BIGINT       NOT NULL REFERENCES programme (id),
    round_id      BIGINT       NOT NULL REFERENCES reporting_round (id),
    org_unit_id   BIGINT       NOT NULL REFERENCES org_unit (id),
    status        VARCHAR(20)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(60)  NOT NULL,
    changed_at    TIMESTAMP    NOT NULL,
    changed_by    VARCHAR(60)  NOT NULL,
    submitted_at  TIMESTAMP,
    submitted_by  VARCHAR(60),
    due_on        DATE,
    late          BOOLEAN,
    version       INTEGER      NOT NULL,
    CONSTRAINT uq_unit_report UNIQUE (round_id, org_unit_id)
);
CREATE INDEX ix_unit_report_unit ON unit_report (org_unit_id);

CREATE TABLE report_value (
    report_id BIGINT         NOT NULL REFERENCES unit_report (id),
    cell      VARCHAR(200)   NOT NULL,
    amount    DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (report_id, cell)
);
