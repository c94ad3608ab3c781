-- Organisation tree: units and their dated parent links (domain §3.2: the tree changes over time,
-- e.g. the Phòng GD&ĐT were dissolved on 01/07/2025, and old reports keep the tree of their period).

CREATE SEQUENCE org_unit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE org_unit_link_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE org_unit (
    id           BIGINT       NOT NULL PRIMARY KEY,
    code         VARCHAR(40)  NOT NULL,
    unit_type    VARCHAR(20)  NOT NULL,
    name         VARCHAR(255) NOT NULL,
    short_name   VARCHAR(120) NOT NULL,
    symbol       VARCHAR(40),
    address      VARCHAR(255),
    email        VARCHAR(255),
    valid_from   DATE         NOT NULL,
    valid_to     DATE,
    closed_reason VARCHAR(500),
    search_key   VARCHAR(800) NOT NULL,
    version      INTEGER      NOT NULL,
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT ck_org_unit_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX ix_org_unit_search_key ON org_unit (search_key);
CREATE INDEX ix_org_unit_type ON org_unit (unit_type);

CREATE TABLE org_unit_link (
    id         BIGINT NOT NULL PRIMARY KEY,
    child_id   BIGINT NOT NULL REFERENCES org_unit (id),
    parent_id  BIGINT NOT NULL REFERENCES org_unit (id),
    valid_from DATE   NOT NULL,
    valid_to   DATE,
    CONSTRAINT ck_org_unit_link_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_org_unit_link_not_self CHECK (child_id <> parent_id)
);
CREATE INDEX ix_org_unit_link_parent ON org_unit_link (parent_id, valid_from);
CREATE INDEX ix_org_unit_link_child ON org_unit_link (child_id, valid_from);
