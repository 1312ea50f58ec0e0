-- Calendar feeds (docs/calendar-feeds.md): the secret token of each feed, one per provider and one per business
-- (provider_id null). A token starts with its business's id, so the feed's business is known before its row is
-- read, under the tenant policy like every table. Not derived from events: a rebuild leaves it alone.
CREATE TABLE calendar_feed (
    business_id UUID        NOT NULL,
    provider_id UUID,
    feed_token  VARCHAR(80) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT calendar_feed_token_uq UNIQUE (feed_token)
);
CREATE UNIQUE INDEX calendar_feed_owner_uq
    ON calendar_feed (business_id, COALESCE(provider_id, '00000000-0000-0000-0000-000000000000'));

SELECT tandem_enable_tenant_rls('calendar_feed');
