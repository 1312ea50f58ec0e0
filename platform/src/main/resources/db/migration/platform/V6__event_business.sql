-- Every stored event names its business in a column of its own, taken from the metadata every message
-- carries (businessId), so that one business's events can be read in order through an index: the audit
-- trail and the board at a past instant read them straight from the event store (docs/audit.md). An event
-- whose metadata names no business (or cannot be read) is stored all the same, with none.
ALTER TABLE domain_event_entry ADD COLUMN business_id UUID;

CREATE OR REPLACE FUNCTION tandem_business_of(meta_data BYTEA) RETURNS UUID LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN (convert_from(meta_data, 'UTF8')::jsonb ->> 'businessId')::uuid;
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION tandem_event_business() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.business_id := tandem_business_of(NEW.meta_data);
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_business BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION tandem_event_business();

-- Events stored before this migration.
UPDATE domain_event_entry SET business_id = tandem_business_of(meta_data) WHERE meta_data IS NOT NULL;

CREATE INDEX domain_event_entry_business_idx ON domain_event_entry (business_id, global_index)
    WHERE business_id IS NOT NULL;
