-- Production database roles (docs/operations.md): the schema's owner, which Flyway migrates as
-- (DB_MIGRATION_USER), and the API's runtime role (DB_USER), which reads and writes rows and nothing
-- else: no DDL, no TRUNCATE, and on the audit trail only INSERT and SELECT. Run it as a role that
-- may create roles and databases, before the API's first start and again after each upgrade (it
-- creates what is missing and re-applies the grants):
--
--   psql -h DBHOST -U postgres -v owner=partnerskab_owner -v owner_password='…' \
--        -v app=partnerskab_app -v app_password='…' -v db=partnerskab -f scripts/db-roles.sql
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'owner', :'owner_password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'app', :'app_password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'owner')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec

\connect :db
-- The owner creates the schema's objects (and the pg_trgm extension, which a database owner may).
ALTER SCHEMA public OWNER TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"app";
GRANT USAGE ON SCHEMA public TO :"app";

-- Rows of the tables the owner creates from now on, that is, in every migration...
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO :"app";
-- ...and of those that exist already.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app";

-- The audit trail only grows (migration V23 revokes the same when it runs after the default
-- privileges above), and the migration history is Flyway's alone.
SELECT format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I', :'app')
WHERE to_regclass('public.audit_event') IS NOT NULL \gexec
SELECT format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM %I', :'app')
WHERE to_regclass('public.flyway_schema_history') IS NOT NULL \gexec
