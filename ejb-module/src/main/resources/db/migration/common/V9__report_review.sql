-- Review and approval of unit reports (issue 5): each submission is numbered and its values are kept,
-- so a resubmission can be compared with the one before; the reviewing level's stamp, the reason of the
-- last return or reopening, its comments on single fields or sections, and why a unit is marked missing.
ALTER TABLE unit_report ADD COLUMN submission_number INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE unit_report ADD COLUMN reviewed_by VARCHAR(60);
ALTER TABLE unit_report ADD COLUMN reviewed_at TIMESTAMP;
ALTER TABLE unit_report ADD COLUMN review_comment VARCHAR(4000);
ALTER TABLE unit_report ADD COLUMN missing_reason VARCHAR(2000);
CREATE INDEX ix_unit_report_round_status ON unit_report (round_id, status);

CREATE TABLE report_field_comment (
    report_id BIGINT        NOT NULL REFERENCES unit_report (id),
    target    VARCHAR(200)  NOT NULL,
    comment   VARCHAR(2000) NOT NULL,
    PRIMARY KEY (report_id, target)
);

CREATE SEQUENCE report_submission_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE report_submission (
    id           BIGINT      NOT NULL PRIMARY KEY,
    report_id    BIGINT      NOT NULL REFERENCES unit_report (id),
    number       INTEGER     NOT NULL,
    submitted_at TIMESTAMP   NOT NULL,
    submitted_by VARCHAR(60) NOT NULL,
    late         BOOLEAN     NOT NULL,
    CONSTRAINT uq_report_submission UNIQUE (report_id, number)
);

CREATE TABLE report_submission_value (
    submission_id BIGINT         NOT NULL REFERENCES report_submission (id),
    cell          VARCHAR(200)   NOT NULL,
    amount        DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (submission_id, cell)
);
