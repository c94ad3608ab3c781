-- Programmes: the Department's yearly guidance letter with its tasks, its versioned indicator catalogue,
-- validation rules and reporting rounds; the units expected to report; per-unit deadline extensions;
-- in-app notices and the outgoing mail queue that announces a publication.

CREATE SEQUENCE programme_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE programme_task_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE indicator_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE validation_rule_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE reporting_round_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE round_extension_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE notice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE outgoing_mail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE programme (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    programme_year      INTEGER       NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    issuer_unit_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    letter_number       VARCHAR(20),
    letter_symbol       VARCHAR(60),
    issued_on           DATE          NOT NULL,
    issued_at_place     VARCHAR(100)  NOT NULL,
    subject             VARCHAR(500)  NOT NULL,
    signing_authority   VARCHAR(10)   NOT NULL,
    authority_title     VARCHAR(100),
    signer_title        VARCHAR(100)  NOT NULL,
    signer_name         VARCHAR(100)  NOT NULL,
    addressees          VARCHAR(2000),
    intermediate_level  BOOLEAN       NOT NULL,
    upward_recipient    VARCHAR(500),
    distribution        VARCHAR(2000),
    catalogue_version   INTEGER       NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR(60)   NOT NULL,
    published_at        TIMESTAMP,
    published_by        VARCHAR(60),
    copied_from_id      BIGINT        REFERENCES programme (id),
    version             INTEGER       NOT NULL
);
CREATE INDEX ix_programme_year ON programme (programme_year);

CREATE TABLE programme_legal_basis (
    programme_id BIGINT       NOT NULL REFERENCES programme (id),
    position     INTEGER      NOT NULL,
    doc_number   VARCHAR(60)  NOT NULL,
    issued_on    DATE         NOT NULL,
    issuer       VARCHAR(200) NOT NULL,
    title        VARCHAR(500) NOT NULL,
    PRIMARY KEY (programme_id, position)
);

CREATE TABLE programme_reporter_type (
    programme_id BIGINT      NOT NULL REFERENCES programme (id),
    unit_type    VARCHAR(20) NOT NULL,
    PRIMARY KEY (programme_id, unit_type)
);

CREATE TABLE programme_reporter_unit (
    programme_id BIGINT NOT NULL REFERENCES programme (id),
    org_unit_id  BIGINT NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (programme_id, org_unit_id)
);

-- The units resolved as expected reporters when the programme was published (a snapshot of the tree).
CREATE TABLE programme_expected_unit (
    programme_id BIGINT NOT NULL REFERENCES programme (id),
    org_unit_id  BIGINT NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (programme_id, org_unit_id)
);
CREATE INDEX ix_programme_expected_unit ON programme_expected_unit (org_unit_id);

CREATE TABLE programme_task (
    id           BIGINT        NOT NULL PRIMARY KEY,
    programme_id BIGINT        NOT NULL REFERENCES programme (id),
    parent_id    BIGINT        REFERENCES programme_task (id),
    code         VARCHAR(20)   NOT NULL,
    title        VARCHAR(500)  NOT NULL,
    description  VARCHAR(4000),
    position     INTEGER       NOT NULL,
    CONSTRAINT uq_programme_task_code UNIQUE (programme_id, code)
);

CREATE TABLE indicator (
    id              BIGINT         NOT NULL PRIMARY KEY,
    programme_id    BIGINT         NOT NULL REFERENCES programme (id),
    task_id         BIGINT         NOT NULL REFERENCES programme_task (id),
    code            VARCHAR(20)    NOT NULL,
    name_vi         VARCHAR(500)   NOT NULL,
    name_en         VARCHAR(500)   NOT NULL,
    unit_vi         VARCHAR(40)    NOT NULL,
    unit_en         VARCHAR(40)    NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    formula         VARCHAR(500),
    sex_split       BOOLEAN        NOT NULL,
    mandatory       BOOLEAN        NOT NULL,
    system_computed BOOLEAN        NOT NULL,
    min_value       DECIMAL(19, 4),
    max_value       DECIMAL(19, 4),
    since_version   INTEGER        NOT NULL,
    position        INTEGER        NOT NULL,
    CONSTRAINT uq_indicator_code UNIQUE (programme_id, code)
);

CREATE TABLE indicator_dimension (
    indicator_id BIGINT        NOT NULL REFERENCES indicator (id),
    position     INTEGER       NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    categories   VARCHAR(2000) NOT NULL,
    PRIMARY KEY (indicator_id, position)
);

CREATE TABLE indicator_unit_type (
    indicator_id BIGINT      NOT NULL REFERENCES indicator (id),
    unit_type    VARCHAR(20) NOT NULL,
    PRIMARY KEY (indicator_id, unit_type)
);

CREATE TABLE validation_rule (
    id            BIGINT        NOT NULL PRIMARY KEY,
    programme_id  BIGINT        NOT NULL REFERENCES programme (id),
    kind          VARCHAR(30)   NOT NULL,
    expression    VARCHAR(500)  NOT NULL,
    severity      VARCHAR(10)   NOT NULL,
    message_vi    VARCHAR(500),
    message_en    VARCHAR(500),
    since_version INTEGER       NOT NULL,
    position      INTEGER       NOT NULL
);
CREATE INDEX ix_validation_rule_programme ON validation_rule (programme_id);

CREATE TABLE reporting_round (
    id                BIGINT       NOT NULL PRIMARY KEY,
    programme_id      BIGINT       NOT NULL REFERENCES programme (id),
    code              VARCHAR(20)  NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    data_from         DATE         NOT NULL,
    data_to           DATE         NOT NULL,
    due_top           DATE         NOT NULL,
    due_intermediate  DATE,
    open_for_entry    BOOLEAN      NOT NULL,
    addendum_to_id    BIGINT       REFERENCES reporting_round (id),
    task_scope        VARCHAR(200),
    position          INTEGER      NOT NULL,
    CONSTRAINT uq_reporting_round_code UNIQUE (programme_id, code),
    CONSTRAINT ck_reporting_round_window CHECK (data_to >= data_from)
);

-- Append-only: a later extension for the same unit supersedes an earlier one; none is ever changed.
CREATE TABLE round_extension (
    id          BIGINT       NOT NULL PRIMARY KEY,
    round_id    BIGINT       NOT NULL REFERENCES reporting_round (id),
    org_unit_id BIGINT       NOT NULL REFERENCES org_unit (id),
    due_until   DATE         NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    granted_by  VARCHAR(60)  NOT NULL,
    granted_at  TIMESTAMP    NOT NULL
);
CREATE INDEX ix_round_extension_round ON round_extension (round_id, org_unit_id);

CREATE TABLE notice (
    id          BIGINT        NOT NULL PRIMARY KEY,
    account_id  BIGINT        NOT NULL REFERENCES user_account (id),
    topic       VARCHAR(40)   NOT NULL,
    arguments   VARCHAR(1000) NOT NULL,
    link        VARCHAR(300),
    created_at  TIMESTAMP     NOT NULL,
    read_at     TIMESTAMP
);
CREATE INDEX ix_notice_account ON notice (account_id, created_at);

CREATE TABLE outgoing_mail (
    id          BIGINT        NOT NULL PRIMARY KEY,
    recipient   VARCHAR(255)  NOT NULL,
    subject     VARCHAR(500)  NOT NULL,
    body        VARCHAR(8000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    sent_at     TIMESTAMP,
    attempts    INTEGER       NOT NULL,
    next_try_at TIMESTAMP     NOT NULL,
    last_error  VARCHAR(500),
    version     INTEGER       NOT NULL
);
CREATE INDEX ix_outgoing_mail_pending ON outgoing_mail (sent_at, next_try_at);
