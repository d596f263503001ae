-- Orders as intake keeps them. details is the validated order as JSON text: it is read back
-- whole and never queried into, so text keeps the exact bytes that were validated.
CREATE TABLE orders (
    id                    UUID         PRIMARY KEY,
    request_id            VARCHAR(128) UNIQUE,
    request_fingerprint   VARCHAR(64),
    status                VARCHAR(16)  NOT NULL,
    details               TEXT         NOT NULL,
    sectigo_order_number  VARCHAR(64),
    failure_reason        VARCHAR(32),
    failure_message       TEXT,
    failure_field         VARCHAR(128),
    failure_provider_code VARCHAR(16),
    created_at            TIMESTAMPTZ  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL
);

-- Pushes are keyed by Sectigo's number; intake joins them to the order through it.
CREATE INDEX orders_sectigo_order_number ON orders (sectigo_order_number);

-- What happened to an order, in the order it happened, for GET /orders/{id}.
CREATE TABLE order_timeline (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    UUID        NOT NULL REFERENCES orders (id),
    occurred_at TIMESTAMPTZ NOT NULL,
    status      VARCHAR(16) NOT NULL,
    description TEXT        NOT NULL
);

CREATE INDEX order_timeline_by_order ON order_timeline (order_id, id);
