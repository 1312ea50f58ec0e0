-- The role every application connection switches to (SET ROLE on connect). It owns nothing and has
-- neither SUPERUSER nor BYPASSRLS, so PostgreSQL's row-level security applies to all it reads and writes.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN
        CREATE ROLE ${appRole} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
END
$$;

-- The login that runs the migrations must be able to switch to it.
GRANT ${appRole} TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO ${appRole};

-- Tables and sequences created later by this login are usable (not owned) by the application role.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};
