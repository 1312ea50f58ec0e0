-- Earnings listed by the day of the job they pay for, not only by when they were recorded: the ledger keeps each
-- booking's scheduled start (earnings_job, kept from the booking's events) and copies it into its row.
CREATE TABLE earnings_job (
    booking_id      UUID        NOT NULL,
    business_id     UUID        NOT NULL,
    scheduled_start TIMESTAMPTZ NOT NULL,
    CONSTRAINT earnings_job_pk PRIMARY KEY (booking_id)
);
SELECT tandem_enable_tenant_rls('earnings_job');

-- Rows recorded before this column existed take the moment they were recorded, until the ledger is rebuilt.
ALTER TABLE earnings_ledger ADD COLUMN job_start TIMESTAMPTZ;
UPDATE earnings_ledger SET job_start = recorded_at WHERE job_start IS NULL;
ALTER TABLE earnings_ledger ALTER COLUMN job_start SET NOT NULL;
CREATE INDEX earnings_ledger_business_job_idx ON earnings_ledger (business_id, job_start, booking_id);
CREATE INDEX earnings_ledger_provider_job_idx ON earnings_ledger (business_id, provider_id, job_start, booking_id);
