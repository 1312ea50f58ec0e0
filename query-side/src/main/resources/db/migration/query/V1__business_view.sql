-- Every read table carries business_id and sits under row-level security (docs/adr/0001-tenancy.md):
-- a session sees and writes only the rows of the business set in app.business_id for its transaction.
-- NULLIF: once a transaction-local setting ends, current_setting(..., true) reads '' rather than NULL.
CREATE TABLE business_view (
    business_id UUID         NOT NULL,
    name        VARCHAR(120) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    currency    CHAR(3)      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT business_view_pk PRIMARY KEY (business_id)
);

ALTER TABLE business_view ENABLE ROW LEVEL SECURITY;
ALTER TABLE business_view FORCE ROW LEVEL SECURITY;
CREATE POLICY business_view_tenant ON business_view
    USING (business_id = NULLIF(current_setting('app.business_id', true), '')::uuid)
    WITH CHECK (business_id = NULLIF(current_setting('app.business_id', true), '')::uuid);
