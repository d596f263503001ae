-- order.requested names the tenant whose order it is (issue 11); each certificate inherits it, so a
-- search and a download answer only what the caller's tenant owns. Rows from before stay NULL: only
-- an operator sees them, because nobody can say whose they are.
ALTER TABLE order_request ADD COLUMN tenant TEXT;
ALTER TABLE certificate ADD COLUMN tenant TEXT;

CREATE INDEX certificate_by_tenant ON certificate (tenant, stored_at);
