-- What auto-assignment's ranking needs (docs/ranking.md), kept by one projection so one ranking reads a
-- handful of rows per provider in four queries. Every table under the tenant policy (platform V3).

-- The business's time zone (working hours are local) and its ranking weights (null: the defaults).
CREATE TABLE ranking_business (
    business_id       UUID             NOT NULL,
    time_zone         VARCHAR(64)      NOT NULL,
    weight_distance   DOUBLE PRECISION,
    weight_workload   DOUBLE PRECISION,
    weight_rating     DOUBLE PRECISION,
    weight_completion DOUBLE PRECISION,
    version           BIGINT           NOT NULL,
    CONSTRAINT ranking_business_pk PRIMARY KEY (business_id)
);

-- Per provider: whether it may work, where, when, and its record so far. weekly_hours is compact text,
-- "<ISO day>:<start minute>-<end minute>" separated by ";", read for every provider at each ranking.
CREATE TABLE ranking_provider (
    provider_id       UUID             NOT NULL,
    business_id       UUID             NOT NULL,
    active            BOOLEAN          NOT NULL,
    status            VARCHAR(16)      NOT NULL,
    skills            TEXT[]           NOT NULL,
    home_lat          DOUBLE PRECISION,
    home_lng          DOUBLE PRECISION,
    service_radius_km INTEGER,
    weekly_hours      TEXT             NOT NULL,
    completed         INTEGER          NOT NULL,
    cancelled         INTEGER          NOT NULL,
    declined          INTEGER          NOT NULL,
    ratings           INTEGER          NOT NULL,
    rating_stars      BIGINT           NOT NULL,
    CONSTRAINT ranking_provider_pk PRIMARY KEY (provider_id)
);
CREATE INDEX ranking_provider_business_idx ON ranking_provider (business_id, provider_id);

CREATE TABLE ranking_time_off (
    time_off_id UUID        NOT NULL,
    business_id UUID        NOT NULL,
    provider_id UUID        NOT NULL,
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT ranking_time_off_pk PRIMARY KEY (time_off_id)
);
CREATE INDEX ranking_time_off_business_idx ON ranking_time_off (business_id, starts_at);

-- Every booking with its place and time; those holding a provider's time are read around the job ranked.
CREATE TABLE ranking_booking (
    booking_id      UUID             NOT NULL,
    business_id     UUID             NOT NULL,
    provider_id     UUID,
    status          VARCHAR(16)      NOT NULL,
    service         VARCHAR(120)     NOT NULL,
    scheduled_start TIMESTAMPTZ      NOT NULL,
    scheduled_end   TIMESTAMPTZ      NOT NULL,
    lat             DOUBLE PRECISION,
    lng             DOUBLE PRECISION,
    CONSTRAINT ranking_booking_pk PRIMARY KEY (booking_id)
);
CREATE INDEX ranking_booking_held_idx ON ranking_booking (business_id, scheduled_start)
    WHERE provider_id IS NOT NULL AND status IN ('PENDING', 'CONFIRMED', 'IN_PROGRESS');

SELECT tandem_enable_tenant_rls('ranking_business');
SELECT tandem_enable_tenant_rls('ranking_provider');
SELECT tandem_enable_tenant_rls('ranking_time_off');
SELECT tandem_enable_tenant_rls('ranking_booking');
