-- S/MIME certificates are verified against mailbox addresses, SSL ones against host names; and a
-- replacement order names the order whose certificates its own certificate replaces.
ALTER TABLE order_request ADD COLUMN certificate_type VARCHAR(8) NOT NULL DEFAULT 'SSL';
ALTER TABLE order_request ADD COLUMN replaces_order_id UUID;
