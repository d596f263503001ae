-- A push for a Sectigo number certflow has not seen placed yet is stored but held back: its events
-- must carry the order id (certificate.*.v2), and only order.placed names it. published = false
-- marks the held ones; order.placed publishes them and sets it. Rows from before were all
-- published (as v1, some without an order id), so the default fills them with true.
ALTER TABLE received_push ADD COLUMN published BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE received_push ALTER COLUMN published DROP DEFAULT;

CREATE INDEX received_push_held ON received_push (sectigo_order_number, id) WHERE NOT published;
