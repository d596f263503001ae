-- order.requested now carries the CSR's facts (docs/events.md, "Ordered names"), so cert-store no longer
-- decodes the CSR: it keeps the SHA-256 of the CSR's key (facts.publicKeySha256, lower-case hex) instead
-- of the key itself, and the ordered names in their canonical lower case. Rows of orders requested
-- before are converted, so their certificates verify as before (names match case-insensitively anyway).
ALTER TABLE order_request ADD COLUMN public_key_sha256 VARCHAR(64);
UPDATE order_request SET public_key_sha256 = encode(sha256(csr_public_key), 'hex'),
                         ordered_names = lower(ordered_names);
ALTER TABLE order_request ALTER COLUMN public_key_sha256 SET NOT NULL;
ALTER TABLE order_request DROP COLUMN csr_public_key;
