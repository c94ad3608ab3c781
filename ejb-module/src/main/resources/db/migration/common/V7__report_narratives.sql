-- The narrative of a unit's report per task (issue 4), stored as HTML already cleaned by the server.
CREATE TABLE report_narrative (
    report_id BIGINT         NOT NULL REFERENCES unit_report (id),
    task_code VARCHAR(20)    NOT NULL,
    html      VARCHAR(60000) NOT NULL,
    PRIMARY KEY (report_id, task_code)
);
