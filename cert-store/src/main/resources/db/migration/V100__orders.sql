-- What cert-store must know about an order to verify its certificate: the CSR's key and the ordered
-- names (from order.requested), and Sectigo's order number (from order.placed), which is all a push
-- carries. The two arrive on different topics in any order, hence two tables.
CREATE TABLE order_request (
    order_id       UUID        PRIMARY KEY,
    csr_public_key BYTEA       NOT NULL,
    ordered_names  TEXT        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE order_placement (
    sectigo_order_number VARCHAR(64) PRIMARY KEY,
    order_id             UUID        NOT NULL,
    recorded_at          TIMESTAMPTZ NOT NULL
);

CREATE INDEX order_placement_by_order ON order_placement (order_id);
