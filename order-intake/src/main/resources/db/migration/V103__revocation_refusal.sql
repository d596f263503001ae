-- Sectigo refused the revocation (or could not be asked): why and when. The order stays as it was and
-- the customer may ask again, which clears both.
ALTER TABLE orders ADD COLUMN revocation_refusal TEXT;
ALTER TABLE orders ADD COLUMN revocation_refused_at TIMESTAMPTZ;
