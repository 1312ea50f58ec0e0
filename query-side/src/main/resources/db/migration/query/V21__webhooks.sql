-- Outbound webhooks (docs/webhooks.md).
-- The endpoints an admin registers, under the tenant policy like every business's table. The secret signs
-- deliveries; the previous one keeps signing beside it for a day after a rotation.
CREATE TABLE webhook_endpoint (
    endpoint_id           UUID          NOT NULL,
    business_id           UUID          NOT NULL,
    url                   VARCHAR(2000) NOT NULL,
    description           VARCHAR(500),
    event_types           TEXT[]        NOT NULL,
    secret                VARCHAR(100)  NOT NULL,
    previous_secret       VARCHAR(100),
    previous_secret_until TIMESTAMPTZ,
    enabled               BOOLEAN       NOT NULL,
    disabled_reason       VARCHAR(300),
    failed_in_a_row       INTEGER       NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ   NOT NULL,
    updated_at            TIMESTAMPTZ   NOT NULL,
    CONSTRAINT webhook_endpoint_pk PRIMARY KEY (endpoint_id)
);
CREATE INDEX webhook_endpoint_business_idx ON webhook_endpoint (business_id, created_at);
SELECT tandem_enable_tenant_rls('webhook_endpoint');

-- The deliveries: a durable queue, one row per event and endpoint (the event id is the webhook-id of every
-- attempt). Like Axon's own tables it is outside row-level security, because the sender takes what is due
-- across every business; every read made for a business names it.
CREATE TABLE webhook_delivery (
    delivery_id      UUID         NOT NULL,
    business_id      UUID         NOT NULL,
    endpoint_id      UUID         NOT NULL REFERENCES webhook_endpoint (endpoint_id) ON DELETE CASCADE,
    event_id         VARCHAR(64)  NOT NULL,
    event_type       VARCHAR(64)  NOT NULL,
    aggregate_id     VARCHAR(64),
    position         BIGINT       NOT NULL, -- the event's place in the stream: the order per aggregate
    body             TEXT         NOT NULL, -- exactly the bytes that are signed and sent
    status           VARCHAR(16)  NOT NULL, -- PENDING, SUCCEEDED, FAILED
    attempt          INTEGER      NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ  NOT NULL,
    next_attempt_at  TIMESTAMPTZ,
    CONSTRAINT webhook_delivery_pk PRIMARY KEY (delivery_id),
    CONSTRAINT webhook_delivery_once UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_order_idx ON webhook_delivery (endpoint_id, aggregate_id, position)
    WHERE status = 'PENDING';

-- The log: one row per attempt, what was answered (the status and at most 500 characters of the body) or why
-- nothing was; outside row-level security like the queue, read by business.
CREATE TABLE webhook_attempt (
    attempt_id       UUID         NOT NULL,
    business_id      UUID         NOT NULL,
    endpoint_id      UUID         NOT NULL REFERENCES webhook_endpoint (endpoint_id) ON DELETE CASCADE,
    delivery_id      UUID         NOT NULL REFERENCES webhook_delivery (delivery_id) ON DELETE CASCADE,
    event_id         VARCHAR(64)  NOT NULL,
    event_type       VARCHAR(64)  NOT NULL,
    attempt          INTEGER      NOT NULL,
    status           VARCHAR(16)  NOT NULL, -- SUCCEEDED or FAILED: this attempt's outcome
    response_status  INTEGER,
    response_excerpt VARCHAR(500),
    error            VARCHAR(500),
    duration_ms      INTEGER      NOT NULL,
    attempted_at     TIMESTAMPTZ  NOT NULL,
    next_attempt_at  TIMESTAMPTZ, -- when the delivery is tried again after this attempt, if it is
    CONSTRAINT webhook_attempt_pk PRIMARY KEY (attempt_id)
);
CREATE INDEX webhook_attempt_log_idx ON webhook_attempt (business_id, endpoint_id, attempted_at DESC, attempt_id DESC);
