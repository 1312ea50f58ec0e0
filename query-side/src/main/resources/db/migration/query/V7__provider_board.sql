-- The admins' live board: each provider's status and current job, and the jobs waiting for it.
CREATE TABLE provider_board (
    provider_id        UUID         NOT NULL,
    business_id        UUID         NOT NULL,
    name               VARCHAR(200) NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    current_booking_id UUID,
    active             BOOLEAN      NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT provider_board_pk PRIMARY KEY (provider_id)
);
CREATE INDEX provider_board_business_idx ON provider_board (business_id, name);

CREATE TABLE provider_board_booking (
    booking_id      UUID        NOT NULL,
    business_id     UUID        NOT NULL,
    provider_id     UUID,
    scheduled_start TIMESTAMPTZ NOT NULL,
    open            BOOLEAN     NOT NULL,
    CONSTRAINT provider_board_booking_pk PRIMARY KEY (booking_id)
);
CREATE INDEX provider_board_booking_next_idx
    ON provider_board_booking (business_id, provider_id, scheduled_start) WHERE open;

SELECT tandem_enable_tenant_rls('provider_board');
SELECT tandem_enable_tenant_rls('provider_board_booking');
