-- One call budget per Sectigo account, shared by every gateway instance: Sectigo counts calls per account,
-- not per process. Each grant is one short statement on this row, timed by the database's clock, so the
-- instances' own clocks do not matter. The columns double as the budget's readable state.
CREATE TABLE sectigo_call_budget (
    name               VARCHAR(128)     PRIMARY KEY,
    -- the account's limit as the last started instance was configured (sectigo.calls-per-second)
    calls_per_second   DOUBLE PRECISION NOT NULL,
    -- calls per second granted now: cut on -42, raised step by step up to the limit less the headroom
    rate               DOUBLE PRECISION NOT NULL,
    rate_changed_at    TIMESTAMPTZ      NOT NULL,
    -- when the next call may go (a token bucket kept as its theoretical arrival time)
    next_grant_at      TIMESTAMPTZ      NOT NULL,
    grants             BIGINT           NOT NULL DEFAULT 0,
    call_limit_answers BIGINT           NOT NULL DEFAULT 0,
    cuts               BIGINT           NOT NULL DEFAULT 0,
    last_cut_at        TIMESTAMPTZ,
    configured_at      TIMESTAMPTZ      NOT NULL
) WITH (fillfactor = 50);

-- Grants a call now, or says how long until the next one is due; either way one round trip.
-- The clock is read after the row lock is held, so a caller that waited for the lock is timed when
-- it gets the row. A grant that comes late by up to catch_up_seconds keeps the schedule instead of
-- pushing every later call back by its lateness.
CREATE FUNCTION sectigo_call_budget_take(budget VARCHAR, catch_up_seconds DOUBLE PRECISION)
    RETURNS TABLE (granted BOOLEAN, wait_seconds DOUBLE PRECISION, database_time TIMESTAMPTZ,
                   rate DOUBLE PRECISION, rate_changed_at TIMESTAMPTZ, calls_per_second DOUBLE PRECISION,
                   last_cut_at TIMESTAMPTZ)
    LANGUAGE plpgsql AS
$$
#variable_conflict use_column
DECLARE
    b  sectigo_call_budget%ROWTYPE;
    at TIMESTAMPTZ;
BEGIN
    SELECT * INTO b FROM sectigo_call_budget WHERE name = budget FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    at := clock_timestamp();
    IF b.next_grant_at > at THEN
        RETURN QUERY SELECT false, extract(epoch FROM b.next_grant_at - at)::DOUBLE PRECISION, at, b.rate,
                            b.rate_changed_at, b.calls_per_second, b.last_cut_at;
        RETURN;
    END IF;
    UPDATE sectigo_call_budget
    SET next_grant_at = GREATEST(b.next_grant_at, at - make_interval(secs => catch_up_seconds))
                            + make_interval(secs => 1 / b.rate),
        grants        = grants + 1
    WHERE name = budget;
    RETURN QUERY SELECT true, 0::DOUBLE PRECISION, at, b.rate, b.rate_changed_at, b.calls_per_second,
                        b.last_cut_at;
END
$$;
