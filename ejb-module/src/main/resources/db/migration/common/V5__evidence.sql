-- Evidence files (issue 4): what was uploaded, by whom, with its SHA-256. The bytes are kept apart
-- (V5_1, in the vendor's own binary type), so that listing attachments never reads file contents.

CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE attachment (
    id           BIGINT       NOT NULL PRIMARY KEY,
    org_unit_id  BIGINT       NOT NULL REFERENCES org_unit (id),
    owner_kind   VARCHAR(20)  NOT NULL,
    owner_id     BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    evidence_type VARCHAR(10) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    uploaded_by  VARCHAR(60)  NOT NULL,
    uploaded_at  TIMESTAMP    NOT NULL
);
CREATE INDEX ix_attachment_owner ON attachment (owner_kind, owner_id);
