-- Verified certificates, one row per certificate: a second delivery of the same certificate (same
-- DER, so same SHA-256) must not create a second row or a second certificate.stored.
CREATE TABLE certificate (
    id                        UUID         PRIMARY KEY,
    order_id                  UUID         NOT NULL,
    sectigo_order_number      VARCHAR(64)  NOT NULL,
    sectigo_certificate_id    VARCHAR(64),
    serial_number             VARCHAR(64)  NOT NULL,
    subject                   TEXT         NOT NULL,
    issuer                    TEXT         NOT NULL,
    subject_alternative_names TEXT         NOT NULL,
    not_before                TIMESTAMPTZ  NOT NULL,
    not_after                 TIMESTAMPTZ  NOT NULL,
    sha256_fingerprint        CHAR(64)     NOT NULL UNIQUE,
    certificate_pem           TEXT         NOT NULL,
    chain_pems                TEXT         NOT NULL,
    status                    VARCHAR(16)  NOT NULL,
    stored_at                 TIMESTAMPTZ  NOT NULL,
    version                   BIGINT       NOT NULL
);

CREATE INDEX certificate_by_order ON certificate (order_id);
CREATE INDEX certificate_by_not_after ON certificate (not_after);

-- Deliveries that failed verification: kept for operators, never emailed. delivery_hash is the
-- SHA-256 of the leaf PEM as received without whitespace, so a repeat is recorded once.
CREATE TABLE quarantined_certificate (
    id                     UUID        PRIMARY KEY,
    order_id               UUID        NOT NULL,
    sectigo_order_number   VARCHAR(64) NOT NULL,
    sectigo_certificate_id VARCHAR(64),
    reason                 VARCHAR(32) NOT NULL,
    detail                 TEXT        NOT NULL,
    delivery_hash          CHAR(64)    NOT NULL,
    certificate_pem        TEXT        NOT NULL,
    chain_pems             TEXT        NOT NULL,
    quarantined_at         TIMESTAMPTZ NOT NULL,
    UNIQUE (order_id, delivery_hash)
);

-- certificate.issued whose order is not known yet (order.placed or order.requested still on its
-- way): kept whole and processed when the order arrives.
CREATE TABLE pending_certificate (
    event_id             UUID        PRIMARY KEY,
    sectigo_order_number VARCHAR(64) NOT NULL,
    order_id             UUID,
    delivery             TEXT        NOT NULL,
    received_at          TIMESTAMPTZ NOT NULL
);

CREATE INDEX pending_certificate_by_number ON pending_certificate (sectigo_order_number);
CREATE INDEX pending_certificate_by_order ON pending_certificate (order_id);
