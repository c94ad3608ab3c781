-- Progress of the unit's planned activities, reported in each round (issue 4): a status and a note per
-- activity of the unit's issued plan, and what each activity actually reached on its target indicators.
-- Activities of an issued plan never change or disappear, so they can be referenced.
CREATE TABLE report_activity_progress (
    report_id   BIGINT        NOT NULL REFERENCES unit_report (id),
    activity_id BIGINT        NOT NULL REFERENCES plan_activity (id),
    status      VARCHAR(20)   NOT NULL,
    note        VARCHAR(2000),
    PRIMARY KEY (report_id, activity_id)
);

CREATE TABLE report_activity_actual (
    report_id      BIGINT         NOT NULL REFERENCES unit_report (id),
    activity_id    BIGINT         NOT NULL REFERENCES plan_activity (id),
    indicator_code VARCHAR(20)    NOT NULL,
    amount         DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (report_id, activity_id, indicator_code)
);
