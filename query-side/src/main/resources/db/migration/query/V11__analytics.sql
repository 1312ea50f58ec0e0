-- The analytics read model (docs/analytics.md): one row per booking with what the figures count, the declines,
-- and what a provider's available minutes are worked out from. Periods are local dates of the business, so
-- bookings are kept by instant and turned into local days when asked, in the business's time zone of then.
-- Every table under the tenant policy (platform V3).

CREATE TABLE analytics_business (
    business_id UUID        NOT NULL,
    time_zone   VARCHAR(64) NOT NULL,
    CONSTRAINT analytics_business_pk PRIMARY KEY (business_id)
);

-- A provider is available on no day that starts after it was deactivated.
CREATE TABLE analytics_provider (
    provider_id    UUID         NOT NULL,
    business_id    UUID         NOT NULL,
    name           VARCHAR(200) NOT NULL,
    deactivated_at TIMESTAMPTZ,
    CONSTRAINT analytics_provider_pk PRIMARY KEY (provider_id)
);
CREATE INDEX analytics_provider_business_idx ON analytics_provider (business_id);

-- provider_id is the booking's provider now (null while nobody has it); the money columns are those of its
-- one EarningsRecorded, tips apart.
CREATE TABLE analytics_booking (
    booking_id                UUID         NOT NULL,
    business_id               UUID         NOT NULL,
    provider_id               UUID,
    service                   VARCHAR(200) NOT NULL,
    scheduled_start           TIMESTAMPTZ  NOT NULL,
    duration_minutes          INTEGER      NOT NULL,
    price_cents               BIGINT       NOT NULL,
    status                    VARCHAR(16)  NOT NULL,
    stars                     SMALLINT,
    tip_cents                 BIGINT       NOT NULL,
    gross_cents               BIGINT       NOT NULL,
    provider_earnings_cents   BIGINT       NOT NULL,
    business_commission_cents BIGINT       NOT NULL,
    CONSTRAINT analytics_booking_pk PRIMARY KEY (booking_id)
);
CREATE INDEX analytics_booking_period_idx ON analytics_booking (business_id, scheduled_start);

-- One row per decline (keyed by its event), counted against the provider that declined.
CREATE TABLE analytics_decline (
    decline_id  VARCHAR(64) NOT NULL,
    business_id UUID        NOT NULL,
    booking_id  UUID        NOT NULL,
    provider_id UUID        NOT NULL,
    CONSTRAINT analytics_decline_pk PRIMARY KEY (decline_id)
);
CREATE INDEX analytics_decline_booking_idx ON analytics_decline (business_id, booking_id);

-- Every weekly schedule a provider had, from when it was set: a past day counts the hours of its time.
-- weekly_hours is compact text, "<ISO day>:<start minute>-<end minute>" separated by ";".
CREATE TABLE analytics_weekly_hours (
    provider_id  UUID        NOT NULL,
    effective_at TIMESTAMPTZ NOT NULL,
    business_id  UUID        NOT NULL,
    weekly_hours TEXT        NOT NULL,
    CONSTRAINT analytics_weekly_hours_pk PRIMARY KEY (provider_id, effective_at)
);
CREATE INDEX analytics_weekly_hours_business_idx ON analytics_weekly_hours (business_id);

CREATE TABLE analytics_time_off (
    time_off_id UUID        NOT NULL,
    business_id UUID        NOT NULL,
    provider_id UUID        NOT NULL,
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT analytics_time_off_pk PRIMARY KEY (time_off_id)
);
CREATE INDEX analytics_time_off_business_idx ON analytics_time_off (business_id, ends_at);

SELECT tandem_enable_tenant_rls('analytics_business');
SELECT tandem_enable_tenant_rls('analytics_provider');
SELECT tandem_enable_tenant_rls('analytics_booking');
SELECT tandem_enable_tenant_rls('analytics_decline');
SELECT tandem_enable_tenant_rls('analytics_weekly_hours');
SELECT tandem_enable_tenant_rls('analytics_time_off');
