-- One work queue over the three ledgers (placement, revocation, collection).

-- The claim lane of a placement: API orders (REST, replacements) before a SUBMISSION backlog.
ALTER TABLE placement ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'API';
DROP INDEX placement_due;
CREATE INDEX placement_due ON placement (channel, next_attempt_at)
    WHERE state IN ('PENDING', 'IN_FLIGHT', 'AWAITING_AUTHORIZATION', 'AUTHORIZING');

-- A collected row is leased like the others, so no other work for its order runs during CollectSSL.
ALTER TABLE collection ADD COLUMN lease_until TIMESTAMPTZ;
CREATE INDEX collection_by_order ON collection (order_id);

-- When the dispatcher must wake at the latest: a lease running out (a crashed holder's row comes back).
CREATE INDEX placement_lease ON placement (lease_until) WHERE state IN ('IN_FLIGHT', 'AUTHORIZING');
CREATE INDEX revocation_lease ON revocation (lease_until) WHERE state = 'IN_FLIGHT';
CREATE INDEX collection_lease_until ON collection (lease_until) WHERE lease_until IS NOT NULL;

-- Every lease held on an order, whatever the kind of work: a claim skips an order another kind holds,
-- so one order is never called twice at once (claims take turns on an advisory lock, see WorkClaims).
CREATE VIEW work_lease AS
    SELECT 'placement' AS kind, order_id, lease_until FROM placement WHERE state IN ('IN_FLIGHT', 'AUTHORIZING')
    UNION ALL
    SELECT 'revocation', order_id, lease_until FROM revocation WHERE state = 'IN_FLIGHT'
    UNION ALL
    SELECT 'collection', order_id, lease_until FROM collection WHERE lease_until IS NOT NULL AND order_id IS NOT NULL;

-- Wakes the dispatchers when a commit makes a row due now (NOTIFY is delivered at commit, dropped on
-- rollback; identical notifications of one transaction are folded into one). Rows due later (backoff,
-- collection intervals) are found by the dispatcher's timer. clock_timestamp(), not now(): the row's
-- time was taken by the application after its transaction began; one second covers clock skew.
CREATE FUNCTION gateway_work_notify() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('gateway_work', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER placement_due_now
    AFTER INSERT OR UPDATE ON placement FOR EACH ROW
    WHEN (NEW.state IN ('PENDING', 'AWAITING_AUTHORIZATION')
        AND NEW.next_attempt_at <= clock_timestamp() + INTERVAL '1 second')
    EXECUTE FUNCTION gateway_work_notify();

CREATE TRIGGER revocation_due_now
    AFTER INSERT OR UPDATE ON revocation FOR EACH ROW
    WHEN (NEW.state = 'PENDING' AND NEW.next_attempt_at <= clock_timestamp() + INTERVAL '1 second')
    EXECUTE FUNCTION gateway_work_notify();

CREATE TRIGGER collection_due_now
    AFTER INSERT OR UPDATE ON collection FOR EACH ROW
    WHEN (NEW.state = 'WATCHING' AND NEW.order_id IS NOT NULL AND NEW.lease_until IS NULL
        AND NEW.next_collection_at <= clock_timestamp() + INTERVAL '1 second')
    EXECUTE FUNCTION gateway_work_notify();
