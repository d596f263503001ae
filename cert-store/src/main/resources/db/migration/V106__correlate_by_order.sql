-- certificate.issued and certificate.status-changed v2 name their order (docs/events.md,
-- "Correlation"): cert-store no longer joins Sectigo's order number to the order through
-- order.placed. A delivery still waits for its order's request (pending_certificate), by order id
-- only; a lifecycle fact is kept by order id only. Rows parked by number under v1 are converted
-- first, through the placements (a pending delivery, a fact) and the stored certificates (a fact),
-- as the upgrade leaves them: producers stopped and every v1 topic and order.placed read.
UPDATE pending_certificate p SET order_id = o.order_id
FROM order_placement o
WHERE p.order_id IS NULL AND o.sectigo_order_number = p.sectigo_order_number;

UPDATE lifecycle_fact f SET order_id = o.order_id
FROM order_placement o
WHERE f.order_id IS NULL AND o.sectigo_order_number = f.sectigo_order_number;

UPDATE lifecycle_fact f SET order_id = c.order_id
FROM certificate c
WHERE f.order_id IS NULL AND c.sectigo_order_number = f.sectigo_order_number;

-- What is still unresolved belongs to a Sectigo number certflow never placed: no v2 event can name
-- an order for it (webhook-receiver holds such pushes back for good), so it would wait forever.
-- It is deleted.
DELETE FROM pending_certificate WHERE order_id IS NULL;
DELETE FROM lifecycle_fact WHERE order_id IS NULL;

-- A waiting delivery is read back as the v2 event: it carries its order id, as the key does.
UPDATE pending_certificate
SET delivery = jsonb_set(jsonb_set(jsonb_set(delivery::jsonb,
        '{orderId}', to_jsonb(order_id::text)),
        '{metadata,type}', '"certflow.certificate.issued.v2"'),
        '{metadata,correlationId}', to_jsonb(order_id::text))::text;

ALTER TABLE pending_certificate ALTER COLUMN order_id SET NOT NULL;
ALTER TABLE pending_certificate DROP COLUMN sectigo_order_number;

ALTER TABLE lifecycle_fact ALTER COLUMN order_id SET NOT NULL;
ALTER TABLE lifecycle_fact DROP COLUMN sectigo_order_number;

DROP INDEX certificate_by_sectigo_number;
DROP TABLE order_placement;
