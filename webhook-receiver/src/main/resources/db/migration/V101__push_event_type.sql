-- S/MIME pushes carry an eventType besides status; kept as received, for support.
ALTER TABLE received_push ADD COLUMN event_type VARCHAR(64);
