-- Notifications for a business's admins, and the little the notification projection needs to word them.
-- Every table under the tenant policy (platform V3).
CREATE TABLE notification_view (
    id          UUID         NOT NULL,
    business_id UUID         NOT NULL,
    type        VARCHAR(64)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    body        VARCHAR(1000) NOT NULL,
    booking_id  UUID,
    provider_id UUID,
    created_at  TIMESTAMPTZ  NOT NULL,
    read_at     TIMESTAMPTZ,
    CONSTRAINT notification_view_pk PRIMARY KEY (id)
);
CREATE INDEX notification_view_business_created_idx ON notification_view (business_id, created_at DESC, id DESC);

-- Provider names and the bookings still to come, per provider: enough to say "Ana went offline with two
-- bookings still ahead today" without reading another projection's tables.
CREATE TABLE notification_provider (
    provider_id UUID         NOT NULL,
    business_id UUID         NOT NULL,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT notification_provider_pk PRIMARY KEY (provider_id)
);

CREATE TABLE notification_booking (
    booking_id      UUID         NOT NULL,
    business_id     UUID         NOT NULL,
    provider_id     UUID,
    service         VARCHAR(200) NOT NULL,
    scheduled_start TIMESTAMPTZ  NOT NULL,
    open            BOOLEAN      NOT NULL,
    CONSTRAINT notification_booking_pk PRIMARY KEY (booking_id)
);
CREATE INDEX notification_booking_provider_idx ON notification_booking (business_id, provider_id, scheduled_start);

CREATE TABLE notification_business (
    business_id UUID        NOT NULL,
    time_zone   VARCHAR(64) NOT NULL,
    CONSTRAINT notification_business_pk PRIMARY KEY (business_id)
);

SELECT tandem_enable_tenant_rls('notification_view');
SELECT tandem_enable_tenant_rls('notification_provider');
SELECT tandem_enable_tenant_rls('notification_booking');
SELECT tandem_enable_tenant_rls('notification_business');
