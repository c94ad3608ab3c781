-- The audit trail (V10) is append-only in the database too: an UPDATE, DELETE or TRUNCATE of its rows
-- fails whoever sends it through the application's connection (a future bug, a query typed by hand into
-- a console). The owner of the tables could still drop these triggers on purpose; that takes a
-- deliberate DDL statement rather than a slip, and a deployment that must exclude even that gives the
-- application a database role that does not own the tables.

CREATE FUNCTION audit_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

CREATE TRIGGER audit_argument_append_only
    BEFORE UPDATE OR DELETE ON audit_argument
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_argument_no_truncate
    BEFORE TRUNCATE ON audit_argument
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

CREATE TRIGGER audit_change_append_only
    BEFORE UPDATE OR DELETE ON audit_change
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_change_no_truncate
    BEFORE TRUNCATE ON audit_change
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
