-- The events of one transaction (an import, a group of commands) share one stamp: the clock is read as the
-- transaction's first statement appends, under the head's lock it keeps until it commits, so stamps still rise
-- with positions. Read once a statement (V2026_12_12_03), an import's rows carried several stamps, and a moment
-- copied from one of its entries stood before all of them (an import is all or nothing: a moment amid its rows
-- stands before it), so the entry could not be asked for by its own time.

CREATE OR REPLACE FUNCTION lock_event_head() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    head RECORD;
BEGIN
    SELECT last_position, last_link INTO head FROM event_position WHERE id = 1 FOR UPDATE;
    -- is_local: the settings end with the transaction (and with a rolled-back savepoint)
    PERFORM set_config('thidua.head', head.last_position::text || ':' || encode(head.last_link, 'hex'), true);
    IF coalesce(current_setting('thidua.stamp', true), '') = '' THEN
        -- as Axon writes an instant: UTC, milliseconds
        PERFORM set_config('thidua.stamp',
                           to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), true);
    END IF;
    RETURN NULL;
END
$$;
