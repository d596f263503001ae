-- Whom to write about an order, learnt from order.requested. domain_names is a JSON array (text):
-- it is read back whole, never queried into.
CREATE TABLE recipient (
    order_id     UUID         PRIMARY KEY,
    email        VARCHAR(320) NOT NULL,
    name         VARCHAR(256),
    language     VARCHAR(35),
    common_name  VARCHAR(256) NOT NULL,
    domain_names TEXT         NOT NULL,
    product      INTEGER,
    created_at   TIMESTAMPTZ  NOT NULL
);

-- Events that arrived before their order.requested (topics are not ordered with each other):
-- kept until the recipient is known, then turned into mail in the same transaction.
CREATE TABLE pending_notification (
    event_id    UUID        PRIMARY KEY,
    order_id    UUID        NOT NULL,
    kind        VARCHAR(32) NOT NULL,
    payload     TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX pending_notification_by_order ON pending_notification (order_id);

-- The mail queue (an outbox for email): one row per event, rendered when queued, sent by the
-- sender worker. A failed attempt only moves next_attempt_at; rows are never deleted here.
CREATE TABLE outgoing_mail (
    id              UUID         PRIMARY KEY,
    event_id        UUID         NOT NULL UNIQUE,
    order_id        UUID         NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    recipient       VARCHAR(320) NOT NULL,
    subject         TEXT         NOT NULL,
    body            TEXT         NOT NULL,
    attachments     TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    last_error      TEXT,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ,
    version         BIGINT       NOT NULL
);

CREATE INDEX outgoing_mail_due ON outgoing_mail (next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX outgoing_mail_by_order ON outgoing_mail (order_id);
