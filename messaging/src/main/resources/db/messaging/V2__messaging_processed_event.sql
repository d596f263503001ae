-- Idempotent-consumer guard: one row per (consumer, event) that was handled, written in the
-- same transaction as the handler's side effect.
CREATE TABLE messaging_processed_event (
    consumer     TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
