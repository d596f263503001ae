-- Retention (io.certflow.messaging.retention) looks for old rows by these timestamps in batches;
-- without an index every batch would scan the whole table. The outbox index holds published rows
-- only, the counterpart of the partial index on unsent rows.
CREATE INDEX messaging_outbox_published_at ON messaging_outbox (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX messaging_processed_event_processed_at ON messaging_processed_event (processed_at);
