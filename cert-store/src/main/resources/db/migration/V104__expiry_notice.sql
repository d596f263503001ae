-- One row per certificate and expiry threshold once the threshold was crossed. The primary key
-- makes a reminder once-only even with several cert-store instances scanning: the row and the
-- outbox row of its certificate.expiring commit together. notified = false marks a larger threshold
-- passed over because the certificate was first seen below a smaller one (no burst of reminders).
CREATE TABLE expiry_notice (
    certificate_id UUID        NOT NULL REFERENCES certificate (id),
    threshold_days INTEGER     NOT NULL,
    notified       BOOLEAN     NOT NULL,
    days_left      INTEGER     NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (certificate_id, threshold_days)
);
