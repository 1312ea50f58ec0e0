-- What each completed booking earned, one row per booking with its tips added, under row-level security
-- like every read table (docs/adr/0001-tenancy.md). pay_rate_type is null when the provider had no rate.
CREATE TABLE earnings_ledger (
    booking_id                UUID        NOT NULL,
    business_id               UUID        NOT NULL,
    provider_id               UUID        NOT NULL,
    pay_rate_type             VARCHAR(16),
    pay_rate_amount           BIGINT      NOT NULL,
    gross_cents               BIGINT      NOT NULL,
    provider_earnings_cents   BIGINT      NOT NULL,
    business_commission_cents BIGINT      NOT NULL,
    tip_cents                 BIGINT      NOT NULL,
    currency                  CHAR(3)     NOT NULL,
    recorded_at               TIMESTAMPTZ NOT NULL,
    CONSTRAINT earnings_ledger_pk PRIMARY KEY (booking_id)
);
CREATE INDEX earnings_ledger_business_recorded_idx ON earnings_ledger (business_id, recorded_at, booking_id);
CREATE INDEX earnings_ledger_provider_recorded_idx
    ON earnings_ledger (business_id, provider_id, recorded_at, booking_id);

SELECT tandem_enable_tenant_rls('earnings_ledger');
