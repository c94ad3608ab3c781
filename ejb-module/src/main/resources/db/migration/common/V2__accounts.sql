-- Accounts, role grants on organisation subtrees, and the append-only login audit.

CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE role_grant_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE login_audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_account (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    username            VARCHAR(60)  NOT NULL,
    full_name           VARCHAR(200) NOT NULL,
    email               VARCHAR(255),
    password_hash       VARCHAR(300) NOT NULL,
    enabled             BOOLEAN      NOT NULL,
    failed_logins       INTEGER      NOT NULL,
    locked_until        TIMESTAMP,
    password_changed_at TIMESTAMP    NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    search_key          VARCHAR(600) NOT NULL,
    version             INTEGER      NOT NULL,
    CONSTRAINT uq_user_account_username UNIQUE (username)
);

CREATE TABLE role_grant (
    id          BIGINT      NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES user_account (id),
    role_name   VARCHAR(20) NOT NULL,
    org_unit_id BIGINT      NOT NULL REFERENCES org_unit (id),
    granted_at  TIMESTAMP   NOT NULL,
    granted_by  VARCHAR(60) NOT NULL,
    CONSTRAINT uq_role_grant UNIQUE (account_id, role_name, org_unit_id)
);
CREATE INDEX ix_role_grant_account ON role_grant (account_id);

CREATE TABLE login_audit (
    id             BIGINT      NOT NULL PRIMARY KEY,
    username       VARCHAR(60) NOT NULL,
    attempted_at   TIMESTAMP   NOT NULL,
    remote_address VARCHAR(60),
    outcome        VARCHAR(20) NOT NULL
);
CREATE INDEX ix_login_audit_username ON login_audit (username, attempted_at);
CREATE INDEX ix_login_audit_time ON login_audit (attempted_at);
