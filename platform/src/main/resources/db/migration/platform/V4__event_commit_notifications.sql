-- Event readers in other processes (the query side of a split run, a second instance on one database) learn
-- of stored events when they commit, instead of polling the table: each statement that stores events sends a
-- notification on the channel tandem_events, which PostgreSQL delivers once the transaction commits and
-- collapses to one per transaction. Readers in the writing process are woken directly.
CREATE FUNCTION tandem_notify_events_stored() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('tandem_events', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_event_entry_stored
    AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION tandem_notify_events_stored();
