-- The audit trail only grows. V2's row triggers stop UPDATE and DELETE, but TRUNCATE empties a table
-- without firing row triggers: a statement trigger stops it too, for every role including the owner.
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- In production the API runs as a role that is not the owner (docs/operations.md, scripts/db-roles.sql)
-- and may have got UPDATE, DELETE or TRUNCATE on this table from default privileges when V2 created
-- it. Such a role only adds to the trail and reads it; only the owner could still drop the triggers.
DO $$
DECLARE
    grantee text;
BEGIN
    FOR grantee IN
        SELECT DISTINCT CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(acl.grantee)) END
        FROM pg_class c, aclexplode(c.relacl) acl
        WHERE c.oid = 'audit_event'::regclass
          AND acl.grantee <> c.relowner
          AND acl.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
    LOOP
        EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ' || grantee;
    END LOOP;
END $$;
