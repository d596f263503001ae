-- Retention (io.certflow.webhook.push.PushRetention): a published push keeps its ids, status and
-- times after the retention period and loses the certificate bodies and Sectigo's free text;
-- scrubbed_at marks it done. The index holds only the pushes retention still has to visit.
ALTER TABLE received_push ADD COLUMN scrubbed_at TIMESTAMPTZ;

CREATE INDEX received_push_to_scrub ON received_push (received_at) WHERE scrubbed_at IS NULL AND published;
