-- What the tests' consumers do as their side effect; deliberately without a unique constraint,
-- so that a duplicate side effect would show as a second row.
CREATE TABLE test_side_effect (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consumer TEXT NOT NULL,
    event_id UUID NOT NULL,
    seq      INT  NOT NULL
);
