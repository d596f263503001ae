-- S/MIME authorization is a ledger step of its own; replacements remember whether the old certificate is revoked.
ALTER TABLE placement ALTER COLUMN state TYPE VARCHAR(32);
ALTER TABLE placement ADD COLUMN revoke_replaced BOOLEAN;
DROP INDEX placement_due;
CREATE INDEX placement_due ON placement (next_attempt_at)
    WHERE state IN ('PENDING', 'IN_FLIGHT', 'AWAITING_AUTHORIZATION', 'AUTHORIZING');

-- Revocations asked for, worked off like placements: one row per order, called from here, never from the listener.
CREATE TABLE revocation (
    order_id             UUID         PRIMARY KEY,
    request_event_id     UUID         NOT NULL,
    reason               VARCHAR(32)  NOT NULL,
    comment              TEXT,
    state                VARCHAR(16)  NOT NULL,
    attempts             INTEGER      NOT NULL,
    next_attempt_at      TIMESTAMPTZ  NOT NULL,
    lease_until          TIMESTAMPTZ,
    last_error           TEXT,
    sectigo_order_number VARCHAR(64),
    revoked_at           TIMESTAMPTZ,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL
);

CREATE INDEX revocation_due ON revocation (next_attempt_at) WHERE state IN ('PENDING', 'IN_FLIGHT');

-- What the gateway knows of each placed order's result: watched until a push or a collection settles it.
-- A push may name an order before its placement is recorded: such a row has no order_id (yet).
CREATE TABLE collection (
    sectigo_order_number VARCHAR(64)  PRIMARY KEY,
    order_id             UUID,
    certificate_type     VARCHAR(8),
    state                VARCHAR(16)  NOT NULL,
    placed_at            TIMESTAMPTZ,
    last_push_at         TIMESTAMPTZ,
    last_collected_at    TIMESTAMPTZ,
    next_collection_at   TIMESTAMPTZ,
    collections          INTEGER      NOT NULL,
    last_outcome         TEXT,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL
);

CREATE INDEX collection_due ON collection (next_collection_at) WHERE state = 'WATCHING' AND order_id IS NOT NULL;

-- Sectigo asks that CollectSSL is never called concurrently: one collector at a time across all instances.
CREATE TABLE collection_lease (
    name        VARCHAR(32)  PRIMARY KEY,
    holder      VARCHAR(128),
    lease_until TIMESTAMPTZ  NOT NULL
);

INSERT INTO collection_lease (name, holder, lease_until) VALUES ('collect-ssl', NULL, '1970-01-01T00:00:00Z');
