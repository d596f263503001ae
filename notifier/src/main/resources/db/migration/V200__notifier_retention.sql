-- Retention (io.certflow.notifier.retention.MailRetention): a sent email keeps what it was (order,
-- kind, news, subject, times) and loses its address, body and attachments after the retention
-- period; scrubbed_at marks it done. The index holds only the sent emails retention still has to
-- visit.
ALTER TABLE outgoing_mail ADD COLUMN scrubbed_at TIMESTAMPTZ;

CREATE INDEX outgoing_mail_to_scrub ON outgoing_mail (sent_at) WHERE scrubbed_at IS NULL AND status = 'SENT';
