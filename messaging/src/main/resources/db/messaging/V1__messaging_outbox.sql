-- Transactional outbox: services insert a row in the same transaction as the state change it
-- reports; the relay publishes unsent rows in id order and stamps published_at.
CREATE TABLE messaging_outbox (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    record_key   TEXT,
    event_type   TEXT        NOT NULL,
    -- json (not jsonb) keeps the serialized text byte for byte, so the relay publishes exactly
    -- what the service wrote.
    payload      JSON        NOT NULL,
    ce_source    TEXT        NOT NULL,
    -- RFC 3339 text as it appears in the payload's occurredAt; timestamptz would round it.
    ce_time      TEXT        NOT NULL,
    ce_subject   TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);

-- The relay only ever scans unsent rows; the partial index stays as small as the backlog.
CREATE INDEX messaging_outbox_unpublished ON messaging_outbox (id) WHERE published_at IS NULL;

-- Wakes the relay when an inserting transaction commits (NOTIFY is delivered at commit and
-- dropped on rollback); statement level, so a multi-row insert sends one notification.
CREATE FUNCTION messaging_outbox_notify() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('messaging_outbox', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER messaging_outbox_inserted
    AFTER INSERT ON messaging_outbox
    FOR EACH STATEMENT EXECUTE FUNCTION messaging_outbox_notify();
