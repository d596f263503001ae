-- What kind of certificate an order is for (S/MIME mails name the mailbox) and, for a replacement,
-- the order it replaces (from order.requested).
ALTER TABLE recipient
    ADD COLUMN certificate_type  VARCHAR(8),
    ADD COLUMN replaces_order_id UUID,
    ADD COLUMN revoke_replaced   BOOLEAN;

-- The join learnt from order.placed: pushes name only Sectigo's order number. Not unique: a number
-- seen again (a reset test account or sandbox) names the order placed most recently under it.
CREATE TABLE placed_order (
    order_id             UUID        PRIMARY KEY,
    sectigo_order_number TEXT        NOT NULL,
    replaces_order_id    UUID,
    placed_at            TIMESTAMPTZ NOT NULL
);

CREATE INDEX placed_order_by_sectigo_order ON placed_order (sectigo_order_number, placed_at);

-- A status change may arrive before order.placed tells which order its Sectigo number belongs to:
-- it is parked under the number until then, and under the order id until order.requested.
ALTER TABLE pending_notification
    ALTER COLUMN order_id DROP NOT NULL,
    ADD COLUMN sectigo_order_number TEXT,
    ADD CONSTRAINT pending_notification_joinable CHECK (order_id IS NOT NULL OR sectigo_order_number IS NOT NULL);

CREATE INDEX pending_notification_by_sectigo_order ON pending_notification (sectigo_order_number)
    WHERE order_id IS NULL;

-- One email per order and piece of news (e.g. 'placed', 'revoked', 'expiring:<certificate>:<days>'),
-- however many events bring that news. Mails queued before this migration keep one news each.
ALTER TABLE outgoing_mail ADD COLUMN news TEXT;

UPDATE outgoing_mail m
SET news = CASE WHEN ranked.rank = 1 THEN ranked.legacy_news ELSE ranked.legacy_news || ':' || m.event_id END
FROM (SELECT id,
             CASE kind WHEN 'order-placed' THEN 'placed'
                       WHEN 'order-failed' THEN 'order-failed'
                       WHEN 'certificate-issued' THEN 'issued'
                       ELSE kind END AS legacy_news,
             row_number() OVER (PARTITION BY order_id, kind ORDER BY created_at, id) AS rank
      FROM outgoing_mail) ranked
WHERE m.id = ranked.id;

ALTER TABLE outgoing_mail ALTER COLUMN news SET NOT NULL;

CREATE UNIQUE INDEX outgoing_mail_one_per_news ON outgoing_mail (order_id, news);
