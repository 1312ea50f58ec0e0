-- Pay periods and statements (docs/payroll.md), one projection's tables, under the tenant policy like every
-- read table and rebuilt from the events like them.
-- Each business's pay schedule (calendar months until it chooses), time zone and currency.
CREATE TABLE pay_business (
    business_id UUID        NOT NULL,
    time_zone   VARCHAR(64) NOT NULL,
    currency    CHAR(3)     NOT NULL,
    frequency   VARCHAR(16) NOT NULL,
    anchor_date DATE        NOT NULL,
    chosen      BOOLEAN     NOT NULL,
    CONSTRAINT pay_business_pk PRIMARY KEY (business_id)
);
-- The closed periods, as they were when closed: from period_start to period_end (excluded).
CREATE TABLE pay_period_closed (
    business_id  UUID        NOT NULL,
    period_start DATE        NOT NULL,
    period_end   DATE        NOT NULL,
    closed_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT pay_period_closed_pk PRIMARY KEY (business_id, period_start)
);
-- What a statement line says of its booking.
CREATE TABLE pay_booking (
    booking_id      UUID         NOT NULL,
    business_id     UUID         NOT NULL,
    service         VARCHAR(120) NOT NULL,
    scheduled_start TIMESTAMPTZ  NOT NULL,
    completed_at    TIMESTAMPTZ,
    CONSTRAINT pay_booking_pk PRIMARY KEY (booking_id)
);
-- One line per event that pays a provider: a job's earnings, a tip, an adjustment. counts_on is the day that
-- places it in a period: the job's day, or, for a line recorded after the job's period was closed, the first day
-- of the next open period (carried_over).
CREATE TABLE pay_line (
    line_id                 VARCHAR(64) NOT NULL, -- the event's id: a line is written once
    business_id             UUID        NOT NULL,
    provider_id             UUID        NOT NULL,
    booking_id              UUID        NOT NULL,
    kind                    VARCHAR(16) NOT NULL, -- JOB, TIP, ADJUSTMENT
    job_date                DATE        NOT NULL,
    counts_on               DATE        NOT NULL,
    carried_over            BOOLEAN     NOT NULL,
    pay_rate_type           VARCHAR(16),
    pay_rate_amount         BIGINT      NOT NULL,
    gross_cents             BIGINT      NOT NULL,
    provider_earnings_cents BIGINT      NOT NULL,
    tip_cents               BIGINT      NOT NULL,
    recorded_at             TIMESTAMPTZ NOT NULL,
    CONSTRAINT pay_line_pk PRIMARY KEY (line_id)
);
CREATE INDEX pay_line_period_idx ON pay_line (business_id, counts_on, provider_id);

SELECT tandem_enable_tenant_rls('pay_business');
SELECT tandem_enable_tenant_rls('pay_period_closed');
SELECT tandem_enable_tenant_rls('pay_booking');
SELECT tandem_enable_tenant_rls('pay_line');
