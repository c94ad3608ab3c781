-- A unit's own plan for a programme (issue 4): one row per version; a version is drafted, then issued by
-- the unit's head and never changed again. Activities belong to one version.

CREATE SEQUENCE unit_plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_activity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE unit_plan (
    id              BIGINT       NOT NULL PRIMARY KEY,
    programme_id    BIGINT       NOT NULL REFERENCES programme (id),
    org_unit_id     BIGINT       NOT NULL REFERENCES org_unit (id),
    plan_version    INTEGER      NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    document_number VARCHAR(60),
    document_date   DATE,
    created_at      TIMESTAMP    NOT NULL,
    created_by      VARCHAR(60)  NOT NULL,
    changed_at      TIMESTAMP    NOT NULL,
    changed_by      VARCHAR(60)  NOT NULL,
    issued_at       TIMESTAMP,
    issued_by       VARCHAR(60),
    version         INTEGER      NOT NULL,
    CONSTRAINT uq_unit_plan_version UNIQUE (programme_id, org_unit_id, plan_version)
);
CREATE INDEX ix_unit_plan_unit ON unit_plan (org_unit_id, programme_id);

CREATE TABLE plan_activity (
    id            BIGINT         NOT NULL PRIMARY KEY,
    plan_id       BIGINT         NOT NULL REFERENCES unit_plan (id),
    task_code     VARCHAR(20)    NOT NULL,
    title         VARCHAR(500)   NOT NULL,
    description   VARCHAR(4000),
    target_group  VARCHAR(200),
    planned_from  DATE           NOT NULL,
    planned_to    DATE           NOT NULL,
    responsible   VARCHAR(200)   NOT NULL,
    budget        DECIMAL(19, 0),
    position      INTEGER        NOT NULL,
    CONSTRAINT ck_plan_activity_dates CHECK (planned_to >= planned_from)
);
CREATE INDEX ix_plan_activity_plan ON plan_activity (plan_id);

CREATE TABLE plan_activity_target (
    activity_id    BIGINT         NOT NULL REFERENCES plan_activity (id),
    indicator_code VARCHAR(20)    NOT NULL,
    target_value   DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (activity_id, indicator_code)
);
