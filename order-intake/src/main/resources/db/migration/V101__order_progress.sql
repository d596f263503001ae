-- What the customer must do next (DCV instructions now; callback links later), as JSON text.
ALTER TABLE orders ADD COLUMN next_step TEXT;

-- Status events keyed by a Sectigo order number that intake cannot match yet (its order.placed is
-- still on the way); applied, in arrival order, when the placement arrives.
CREATE TABLE unmatched_status (
    id                   BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sectigo_order_number VARCHAR(64) NOT NULL,
    payload              TEXT        NOT NULL,
    received_at          TIMESTAMPTZ NOT NULL
);

CREATE INDEX unmatched_status_by_number ON unmatched_status (sectigo_order_number, id);
