-- A copy of every business's events, kept by a projection (EventLogCopy) where the event store is not this
-- database: with Axon Server holding the events (profile axonserver), the audit trail and the board at an
-- instant read one business's events from here (docs/audit.md). The columns are the event store's own, so the
-- same reads serve either. With the events in PostgreSQL (standalone) nothing is copied and it stays empty.
CREATE TABLE business_event_log (
    global_index         BIGINT       NOT NULL, -- the event's place in the whole stream
    business_id          UUID         NOT NULL,
    type                 VARCHAR(255),          -- its aggregate's type, null for an event of none
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    CONSTRAINT business_event_log_pk PRIMARY KEY (global_index)
);
CREATE INDEX business_event_log_business_idx ON business_event_log (business_id, global_index);
CREATE INDEX business_event_log_aggregate_idx ON business_event_log (aggregate_identifier, sequence_number);

SELECT tandem_enable_tenant_rls('business_event_log');
