-- The push inbox: every push Sectigo delivered, stored once before it is answered 200.
-- dedupe_key is the SHA-256 (hex) of the push's normalized parameters: Sectigo's retry of a push
-- finds its row and changes nothing.
CREATE TABLE received_push (
    id                     BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dedupe_key             CHAR(64)     NOT NULL UNIQUE,
    sectigo_order_number   VARCHAR(64)  NOT NULL,
    sectigo_certificate_id VARCHAR(20),
    -- Sectigo's status word and code as received; certificate_status is certflow's mapping.
    status                 VARCHAR(32)  NOT NULL,
    status_code            INTEGER,
    status_desc            TEXT,
    verification_code      VARCHAR(128),
    certificate_pem        TEXT,
    ca_certificate_pem     TEXT,
    certificate_status     VARCHAR(32)  NOT NULL,
    order_id               UUID,
    received_at            TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX received_push_by_order_number ON received_push (sectigo_order_number, id);

-- Sectigo order numbers that are certflow orders, learnt from order.placed.
CREATE TABLE known_order (
    sectigo_order_number VARCHAR(64) PRIMARY KEY,
    order_id             UUID        NOT NULL,
    learnt_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);
