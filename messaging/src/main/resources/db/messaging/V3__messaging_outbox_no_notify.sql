-- The commit no longer NOTIFYs: PostgreSQL serializes every notifying transaction of the whole
-- server on one lock held through its WAL flush, which made all services' outbox writes wait for
-- each other's fsync (8 clients: 563 instead of 3,523 commits/s, p99 81 instead of 19 ms).
-- The committing process wakes its own relay after commit instead (OutboxSignal).
DROP TRIGGER IF EXISTS messaging_outbox_inserted ON messaging_outbox;
DROP FUNCTION IF EXISTS messaging_outbox_notify();
