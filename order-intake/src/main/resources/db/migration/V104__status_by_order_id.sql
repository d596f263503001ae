-- certificate.status-changed v2 carries its order id, so intake no longer parks a status until the
-- order.placed naming its Sectigo number arrives, nor looks orders up by that number.
--
-- The upgrade (docs/events.md, "Compatibility") stops the producers and lets every consumer read its
-- topics to the end, order.placed included, before this runs. Each placement released, under the
-- number's lock, every status parked for its number, so a row left here names a number that no
-- order of intake's was placed as: there is no order to apply it to, and it is dropped, its numbers
-- named in a warning in the migration log. Should an order carry the number all the same (the
-- procedure was not followed), the status is noted on that order's timeline but not applied: the
-- rules that would apply it live on the aggregate, not in SQL; Sectigo's next status moves the order.
INSERT INTO order_timeline (order_id, occurred_at, status, description)
SELECT o.id, u.received_at, o.status,
       'Sectigo reported ' || (u.payload::jsonb ->> 'status') || ' before the upgrade; not applied'
FROM unmatched_status u
JOIN orders o ON o.sectigo_order_number = u.sectigo_order_number
ORDER BY u.id;

DO $$
DECLARE
    dropped TEXT;
BEGIN
    SELECT string_agg(DISTINCT u.sectigo_order_number, ', ') INTO dropped
    FROM unmatched_status u
    WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.sectigo_order_number = u.sectigo_order_number);
    IF dropped IS NOT NULL THEN
        RAISE WARNING 'unmatched_status dropped: statuses for Sectigo numbers no order has: %', dropped;
    END IF;
END $$;

DROP TABLE unmatched_status;

-- Only the status join looked orders up by Sectigo's number.
DROP INDEX orders_sectigo_order_number;
