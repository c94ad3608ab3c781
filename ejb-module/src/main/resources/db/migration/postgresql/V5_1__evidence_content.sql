-- The bytes of each evidence file (V5), in this database's binary type.
CREATE TABLE attachment_content (
    attachment_id BIGINT NOT NULL PRIMARY KEY REFERENCES attachment (id),
    bytes         BYTEA NOT NULL
);
