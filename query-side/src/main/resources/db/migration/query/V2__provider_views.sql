-- The provider read models (docs/adr/0001-tenancy.md): every table carries business_id, is indexed by it
-- first, and sits under row-level security with the same policy as business_view.

-- Providers as admins list them and as each provider sees its own profile.
CREATE TABLE provider_view (
    provider_id             UUID         NOT NULL,
    business_id             UUID         NOT NULL,
    name                    VARCHAR(120) NOT NULL,
    email                   VARCHAR(320) NOT NULL,
    phone                   VARCHAR(40),
    bio                     TEXT,
    skills                  TEXT[]       NOT NULL,
    home_lat                DOUBLE PRECISION,
    home_lng                DOUBLE PRECISION,
    service_radius_km       INTEGER,
    status                  VARCHAR(16)  NOT NULL,
    active                  BOOLEAN      NOT NULL,
    pay_rate_type           VARCHAR(16),
    pay_rate_amount         BIGINT,
    pay_rate_effective_from TIMESTAMPTZ,
    version                 BIGINT       NOT NULL,
    created_at              TIMESTAMPTZ  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    CONSTRAINT provider_view_pk PRIMARY KEY (provider_id)
);
-- Lists are ordered by name (then id) and paged by that key.
CREATE INDEX provider_view_business_name_idx ON provider_view (business_id, lower(name), provider_id);
CREATE INDEX provider_view_business_status_idx ON provider_view (business_id, status);
CREATE INDEX provider_view_skills_idx ON provider_view USING GIN (skills);

-- The pay roll (the legacy endpoint): each provider with every pay rate it has had.
CREATE TABLE pay_roll_provider (
    provider_id UUID         NOT NULL,
    business_id UUID         NOT NULL,
    name        VARCHAR(120) NOT NULL,
    email       VARCHAR(320) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    active      BOOLEAN      NOT NULL,
    CONSTRAINT pay_roll_provider_pk PRIMARY KEY (provider_id)
);
CREATE INDEX pay_roll_provider_business_name_idx ON pay_roll_provider (business_id, lower(name), provider_id);

-- One row per PayRateSet event, keyed by the event, so a replay cannot add a rate twice.
CREATE TABLE pay_roll_rate (
    event_id       VARCHAR(255) NOT NULL,
    business_id    UUID         NOT NULL,
    provider_id    UUID         NOT NULL,
    type           VARCHAR(16)  NOT NULL,
    amount         BIGINT       NOT NULL,
    effective_from TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pay_roll_rate_pk PRIMARY KEY (event_id)
);
CREATE INDEX pay_roll_rate_business_provider_idx ON pay_roll_rate (business_id, provider_id, effective_from);

-- The currency pay is shown in, followed from the business's own events.
CREATE TABLE pay_roll_currency (
    business_id UUID    NOT NULL,
    currency    CHAR(3) NOT NULL,
    CONSTRAINT pay_roll_currency_pk PRIMARY KEY (business_id)
);

-- What each provider's own availability page shows; the lists are small, kept as JSON text.
CREATE TABLE provider_availability (
    provider_id  UUID        NOT NULL,
    business_id  UUID        NOT NULL,
    status       VARCHAR(16) NOT NULL,
    weekly_hours TEXT        NOT NULL,
    time_off     TEXT        NOT NULL,
    CONSTRAINT provider_availability_pk PRIMARY KEY (provider_id)
);
CREATE INDEX provider_availability_business_idx ON provider_availability (business_id, provider_id);

-- Every table under the tenant policy (platform V3).
SELECT tandem_enable_tenant_rls('provider_view');
SELECT tandem_enable_tenant_rls('pay_roll_provider');
SELECT tandem_enable_tenant_rls('pay_roll_rate');
SELECT tandem_enable_tenant_rls('pay_roll_currency');
SELECT tandem_enable_tenant_rls('provider_availability');
