-- A notification of stored events carries the writer's application_name: the instance that wrote them has
-- woken its own readers already and ignores it, so each commit is read once per instance, not twice.
CREATE OR REPLACE FUNCTION tandem_notify_events_stored() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('tandem_events', coalesce(current_setting('application_name', true), ''));
    RETURN NULL;
END
$$;
