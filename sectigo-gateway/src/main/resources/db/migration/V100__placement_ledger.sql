-- The gateway's ledger: one row per order to place with Sectigo, worked off by the placement worker.
-- The listener only inserts; Sectigo is called from here, so a slow Sectigo never stalls consumption.
CREATE TABLE placement (
    order_id             UUID         PRIMARY KEY,
    request_event_id     UUID         NOT NULL,
    replaces_order_id    UUID,
    details              TEXT         NOT NULL,
    state                VARCHAR(16)  NOT NULL,
    attempts             INTEGER      NOT NULL,
    next_attempt_at      TIMESTAMPTZ  NOT NULL,
    lease_until          TIMESTAMPTZ,
    last_error           TEXT,
    sectigo_order_number VARCHAR(64),
    failure_reason       VARCHAR(32),
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL
);

-- The worker's question: which rows are due (pending and due, or in flight with an expired lease)?
CREATE INDEX placement_due ON placement (next_attempt_at) WHERE state IN ('PENDING', 'IN_FLIGHT');

-- Every call to Sectigo, password redacted (DESIGN.md security rules).
CREATE TABLE sectigo_call (
    id            BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id      UUID,
    endpoint      VARCHAR(64)  NOT NULL,
    parameters    TEXT         NOT NULL,
    http_status   INTEGER,
    response_body TEXT,
    duration_ms   BIGINT       NOT NULL,
    error         TEXT,
    called_at     TIMESTAMPTZ  NOT NULL
);

CREATE INDEX sectigo_call_by_order ON sectigo_call (order_id, id);
