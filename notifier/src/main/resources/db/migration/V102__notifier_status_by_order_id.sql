-- certificate.status-changed.v2 carries and is keyed by orderId (docs/events.md "Correlation"), so the
-- notifier no longer joins Sectigo's order number to an order: nothing waits for order.placed under a
-- number any more, and placed_order is read by order id only (the order's Sectigo number for the
-- emails that name it, and what a replacement replaces).
--
-- This runs after the v1 topics were drained (docs/events.md "Version history"): sectigo-gateway, the
-- producer of order.placed, was stopped before, so the old notifier has read every order.placed
-- once its notifier.order-placed group has no lag either. The rows to convert are the status changes
-- still parked then. One parked under its number goes to the order placed last under that number, as
-- the v1 join would have done, and waits there for its order.requested like any other parked event.
-- One whose number no order.placed named is deleted: it is about an order certflow never placed
-- (e.g. one of another system on the same Sectigo account) and could never have become an email.
UPDATE pending_notification p
SET order_id = (SELECT o.order_id
                FROM placed_order o
                WHERE o.sectigo_order_number = p.sectigo_order_number
                ORDER BY o.placed_at DESC
                LIMIT 1)
WHERE p.order_id IS NULL;

DELETE FROM pending_notification WHERE order_id IS NULL;

-- The parked JSON is read back as the event the notifier now consumes: a v1 status change becomes the
-- v2 one (its type, and the orderId it may have lacked).
UPDATE pending_notification
SET payload = jsonb_set(jsonb_set(payload::jsonb, '{metadata,type}', '"certflow.certificate.status-changed.v2"'),
                        '{orderId}', to_jsonb(order_id::text))::text
WHERE payload::jsonb #>> '{metadata,type}' = 'certflow.certificate.status-changed.v1';

DROP INDEX pending_notification_by_sectigo_order;

ALTER TABLE pending_notification
    DROP CONSTRAINT pending_notification_joinable,
    DROP COLUMN sectigo_order_number,
    ALTER COLUMN order_id SET NOT NULL;

DROP INDEX placed_order_by_sectigo_order;
