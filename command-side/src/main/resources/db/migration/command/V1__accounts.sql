-- Accounts and their credentials live here, in ordinary tables, never in events (DESIGN.md, Tenancy).
-- Looked up by email before anyone is signed in, so these tables are not under row-level security;
-- only the command side's account code reads them.
CREATE TABLE account (
    id            UUID         NOT NULL,
    business_id   UUID         NOT NULL,
    email         VARCHAR(320) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    role          VARCHAR(16)  NOT NULL CHECK (role IN ('ADMIN', 'PROVIDER')),
    provider_id   UUID,
    password_hash VARCHAR(255),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT account_pk PRIMARY KEY (id),
    CONSTRAINT account_provider_has_provider_id CHECK (role <> 'PROVIDER' OR provider_id IS NOT NULL)
);
CREATE UNIQUE INDEX account_email_key ON account (lower(email));
CREATE INDEX account_business_idx ON account (business_id);

-- Refresh tokens rotate: each use marks the token used and issues the next one of the same family.
-- Presenting a used token again means it was stolen, and the whole family is revoked.
CREATE TABLE refresh_token (
    id          UUID        NOT NULL,
    family_id   UUID        NOT NULL,
    account_id  UUID        NOT NULL REFERENCES account (id),
    token_hash  CHAR(64)    NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT refresh_token_pk PRIMARY KEY (id),
    CONSTRAINT refresh_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);

-- An invitation lets a new user set its own password; only the token's hash is kept.
CREATE TABLE invite (
    token_hash  CHAR(64)    NOT NULL,
    account_id  UUID        NOT NULL REFERENCES account (id),
    expires_at  TIMESTAMPTZ NOT NULL,
    accepted_at TIMESTAMPTZ,
    CONSTRAINT invite_pk PRIMARY KEY (token_hash)
);

-- Answers to writes sent with an Idempotency-Key, replayed when the same request comes again.
CREATE TABLE idempotency_key (
    business_id    UUID         NOT NULL,
    key            VARCHAR(255) NOT NULL,
    request_hash   CHAR(64)     NOT NULL,
    status         INTEGER,
    content_type   VARCHAR(255),
    headers        TEXT,
    body           BYTEA,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT idempotency_key_pk PRIMARY KEY (business_id, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
