-- Retention (io.certflow.gateway.audit.CallRetention): after the retention period a call keeps
-- what it was (endpoint, parameter names, time, HTTP status, Sectigo's errorCode, transport error,
-- duration) and loses the values it carried (CSR, contacts, Sectigo's answer); scrubbed_at marks
-- it done. The index holds only the calls retention still has to visit.
ALTER TABLE sectigo_call ADD COLUMN scrubbed_at TIMESTAMPTZ;

CREATE INDEX sectigo_call_to_scrub ON sectigo_call (called_at) WHERE scrubbed_at IS NULL;
