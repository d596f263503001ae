-- A stored certificate's later life: revoked (certificate.revoked, or a revoked push) or replaced
-- (a replacement order's certificate stored, or a replaced push).
ALTER TABLE certificate ADD COLUMN revoked_at TIMESTAMPTZ;
ALTER TABLE certificate ADD COLUMN revocation_reason VARCHAR(32);
ALTER TABLE certificate ADD COLUMN replaced_at TIMESTAMPTZ;
ALTER TABLE certificate ADD COLUMN replaced_by_certificate_id UUID;

CREATE INDEX certificate_by_sectigo_number ON certificate (sectigo_order_number);

-- What happened to an order's certificate, kept whether or not the certificate is stored yet: the
-- topics arrive in any order, so a certificate stored after its revocation still ends REVOKED.
-- Known by certflow's order id, by Sectigo's order number (a push), or both.
CREATE TABLE lifecycle_fact (
    id                         UUID        PRIMARY KEY,
    order_id                   UUID,
    sectigo_order_number       VARCHAR(64),
    status                     VARCHAR(16) NOT NULL,
    occurred_at                TIMESTAMPTZ NOT NULL,
    revocation_reason          VARCHAR(32),
    replaced_by_certificate_id UUID,
    recorded_at                TIMESTAMPTZ NOT NULL,
    CHECK (order_id IS NOT NULL OR sectigo_order_number IS NOT NULL)
);

CREATE INDEX lifecycle_fact_by_order ON lifecycle_fact (order_id);
CREATE INDEX lifecycle_fact_by_number ON lifecycle_fact (sectigo_order_number);
