-- A replacement is an order of its own that names the order it replaces; the replaced order names
-- its latest replacement, so GET /orders/{id} can link both ways without a search.
ALTER TABLE orders ADD COLUMN replaces_order_id UUID REFERENCES orders (id);
ALTER TABLE orders ADD COLUMN replaced_by_order_id UUID REFERENCES orders (id);

-- A revocation asked for and not yet confirmed by Sectigo; kept after it is confirmed.
ALTER TABLE orders ADD COLUMN revocation_reason VARCHAR(32);
ALTER TABLE orders ADD COLUMN revocation_comment VARCHAR(256);
ALTER TABLE orders ADD COLUMN revocation_requested_at TIMESTAMPTZ;

