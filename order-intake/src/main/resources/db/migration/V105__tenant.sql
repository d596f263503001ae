-- Whose order it is: the tenant of the token that submitted it, or of the submission. Orders written
-- before tenants keep NULL and are visible to operators only.
ALTER TABLE orders ADD COLUMN tenant VARCHAR(128);

-- Request ids are each tenant's own: the same Idempotency-Key from two tenants makes two orders, and a
-- reused key never answers with another tenant's order. NULLS NOT DISTINCT keeps the orders without a
-- tenant unique among themselves too (an operator's replacement of an old order); orders without a
-- request id are left out, or the second of them would collide with the first.
ALTER TABLE orders DROP CONSTRAINT orders_request_id_key;
CREATE UNIQUE INDEX orders_request_id_per_tenant ON orders (request_id, tenant) NULLS NOT DISTINCT
    WHERE request_id IS NOT NULL;
