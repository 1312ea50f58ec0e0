-- The board at a past instant is folded from the business's events (docs/audit.md). A snapshot keeps the fold
-- as it stood at a local midnight of the business, so that a later instant is folded from there instead of
-- from the business's first event. Taken while answering, for midnights at least an hour old; derived from the
-- event store alone, never from the projections, and not emptied by a rebuild (the events do not change).
CREATE TABLE board_snapshot (
    business_id       UUID        NOT NULL,
    day_start         TIMESTAMPTZ NOT NULL, -- the midnight: the fold of the events stored before it
    last_global_index BIGINT      NOT NULL, -- the last event folded in
    state             JSONB       NOT NULL,
    CONSTRAINT board_snapshot_pk PRIMARY KEY (business_id, day_start)
);

SELECT tandem_enable_tenant_rls('board_snapshot');
