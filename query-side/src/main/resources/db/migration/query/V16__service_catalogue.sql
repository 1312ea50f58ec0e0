-- The service catalogue as admins list it and booking forms offer it, by name.
CREATE TABLE service_view (
    service_id               UUID         NOT NULL,
    business_id              UUID         NOT NULL,
    name                     VARCHAR(120) NOT NULL,
    default_duration_minutes INTEGER      NOT NULL,
    default_price_cents      BIGINT       NOT NULL,
    skill                    VARCHAR(60),
    CONSTRAINT service_view_pk PRIMARY KEY (service_id)
);
CREATE INDEX service_view_business_name_idx ON service_view (business_id, lower(name));

-- The skill each catalogue service needs, for the ranking: a booking of a service the catalogue knows needs
-- that skill (none when skill is NULL); any other booking needs the skill named like its service.
CREATE TABLE ranking_service (
    service_id  UUID         NOT NULL,
    business_id UUID         NOT NULL,
    name_key    VARCHAR(120) NOT NULL,
    skill       VARCHAR(60),
    CONSTRAINT ranking_service_pk PRIMARY KEY (service_id)
);
CREATE INDEX ranking_service_business_name_idx ON ranking_service (business_id, name_key);

SELECT tandem_enable_tenant_rls('service_view');
SELECT tandem_enable_tenant_rls('ranking_service');
