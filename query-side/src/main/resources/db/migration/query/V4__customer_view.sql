-- Customers as admins search them (docs/adr/0001-tenancy.md: business_id first, row-level security).
CREATE TABLE customer_view (
    customer_id UUID             NOT NULL,
    business_id UUID             NOT NULL,
    name        VARCHAR(120)     NOT NULL,
    email       VARCHAR(320),
    phone       VARCHAR(40),
    address     VARCHAR(300)     NOT NULL,
    lat         DOUBLE PRECISION NOT NULL,
    lng         DOUBLE PRECISION NOT NULL,
    created_at  TIMESTAMPTZ      NOT NULL,
    CONSTRAINT customer_view_pk PRIMARY KEY (customer_id)
);
-- Lists are ordered by name (then id) and paged by that key.
CREATE INDEX customer_view_business_name_idx ON customer_view (business_id, lower(name), customer_id);
CREATE INDEX customer_view_business_email_idx ON customer_view (business_id, lower(email));

-- Every table under the tenant policy (platform V3).
SELECT tandem_enable_tenant_rls('customer_view');
