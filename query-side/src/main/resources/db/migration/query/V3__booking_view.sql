-- Bookings as admins and providers list them; one row per booking, under row-level security like every
-- read table (docs/adr/0001-tenancy.md). The customer is kept as it was when the job was booked.
CREATE TABLE booking_view (
    booking_id       UUID          NOT NULL,
    business_id      UUID          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    service          VARCHAR(120)  NOT NULL,
    scheduled_start  TIMESTAMPTZ   NOT NULL,
    scheduled_end    TIMESTAMPTZ   NOT NULL,
    duration_minutes INTEGER       NOT NULL,
    price_cents      BIGINT        NOT NULL,
    currency         CHAR(3)       NOT NULL,
    customer_id      VARCHAR(64),
    customer_name    VARCHAR(200),
    customer_email   VARCHAR(320),
    customer_phone   VARCHAR(40),
    customer_address VARCHAR(500),
    customer_lat     DOUBLE PRECISION,
    customer_lng     DOUBLE PRECISION,
    provider_id      UUID,
    started_at       TIMESTAMPTZ,
    completed_at     TIMESTAMPTZ,
    cancelled_at     TIMESTAMPTZ,
    notes            VARCHAR(2000),
    rating_stars     INTEGER,
    rating_comment   VARCHAR(2000),
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    CONSTRAINT booking_view_pk PRIMARY KEY (booking_id)
);
-- Lists page by (scheduled_start, booking_id) within a business, optionally per provider or status.
CREATE INDEX booking_view_business_start_idx ON booking_view (business_id, scheduled_start, booking_id);
CREATE INDEX booking_view_provider_start_idx ON booking_view (business_id, provider_id, scheduled_start, booking_id);
CREATE INDEX booking_view_status_start_idx ON booking_view (business_id, status, scheduled_start, booking_id);

SELECT tandem_enable_tenant_rls('booking_view');
