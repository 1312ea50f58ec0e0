-- Every read table carries business_id and sits under row-level security (docs/adr/0001-tenancy.md,
-- platform V3): a session sees and writes only the rows of the business set for its transaction.
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

SELECT tandem_enable_tenant_rls('business_view');
