-- Puts a read table under the tenant policy every read table shares (docs/adr/0001-tenancy.md):
-- ENABLE + FORCE row-level security, and one policy for reads and writes alike that admits only rows of
-- the business set in app.business_id for the current transaction. NULLIF: after a transaction-local
-- setting ends, current_setting(..., true) reads '' rather than NULL.
-- The application may TRUNCATE the table (which row-level security does not govern): a projection being
-- rebuilt from the event store empties its tables first, across every business.
-- Called by migrations, as the owning login; not SECURITY DEFINER, and not callable by the application.
CREATE FUNCTION tandem_enable_tenant_rls(tab regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tab);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tab);
    EXECUTE format(
        'CREATE POLICY tenant_isolation ON %s'
        ' USING (business_id = NULLIF(current_setting(''app.business_id'', true), '''')::uuid)'
        ' WITH CHECK (business_id = NULLIF(current_setting(''app.business_id'', true), '''')::uuid)',
        tab);
    EXECUTE format('GRANT TRUNCATE ON %s TO ${appRole}', tab);
END
$$;
REVOKE ALL ON FUNCTION tandem_enable_tenant_rls(regclass) FROM PUBLIC;
