-- An event is stamped (time_stamp, its `recordedAt`) by the database as it is appended, under the stream's head
-- lock, instead of by the node when its write was decided: stamps then rise with positions, so a moment in the past
-- always names the same start of the stream. (A write decided before a long import and appended after it used to
-- carry its earlier stamp: a moment between the two answered without it while it waited, and with it afterwards.)
-- The chain's link covers the stamp as stored, as before (V2026_12_05_01, whose functions this repeats but for it).
-- The clock is read once a statement, as it takes the head's lock: the rows of one INSERT or COPY share its stamp
-- (formatting the time for every row slowed an import by a fifth to a quarter in the benchmark).

CREATE OR REPLACE FUNCTION lock_event_head() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    head RECORD;
BEGIN
    SELECT last_position, last_link INTO head FROM event_position WHERE id = 1 FOR UPDATE;
    -- is_local: the settings end with the transaction (and with a rolled-back savepoint)
    PERFORM set_config('thidua.head', head.last_position::text || ':' || encode(head.last_link, 'hex'), true);
    -- as Axon writes an instant: UTC, milliseconds
    PERFORM set_config('thidua.stamp',
                       to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), true);
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION assign_event_position() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    head  TEXT := current_setting('thidua.head');
    colon INT  := strpos(head, ':');
BEGIN
    NEW.global_index := left(head, colon - 1)::bigint + 1;
    NEW.time_stamp := current_setting('thidua.stamp');
    -- event_chain_link(previous link, the row's columns), written out
    NEW.chain_link := sha256(decode(substr(head, colon + 1), 'hex')
        || convert_to(NEW.event_identifier, 'UTF8') || '\x00'::bytea
        || convert_to(NEW.aggregate_identifier, 'UTF8') || '\x00'::bytea
        || convert_to(NEW.sequence_number::text, 'UTF8') || '\x00'::bytea
        || convert_to(coalesce(NEW.type, ''), 'UTF8') || '\x00'::bytea
        || convert_to(NEW.time_stamp, 'UTF8') || '\x00'::bytea
        || convert_to(NEW.payload_type, 'UTF8') || '\x00'::bytea
        || convert_to(coalesce(NEW.payload_revision, ''), 'UTF8') || '\x00'::bytea
        || NEW.payload || '\x00'::bytea
        || coalesce(NEW.meta_data, ''::bytea));
    PERFORM set_config('thidua.head', NEW.global_index::text || ':' || encode(NEW.chain_link, 'hex'), true);
    RETURN NEW;
END
$$;
