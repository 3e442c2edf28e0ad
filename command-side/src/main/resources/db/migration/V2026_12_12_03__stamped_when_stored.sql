-- An event is stamped (time_stamp, its `recordedAt`) by the database as it is appended, under the stream's head
-- lock, instead of by the node when its write was decided: stamps then rise with positions, so a moment in the past
-- always names the same start of the stream. (A write decided before a long import and appended after it used to
-- carry its earlier stamp: a moment between the two answered without it while it waited, and with it afterwards.)
-- The chain's link covers the stamp as stored, as before (V2026_12_05_01, whose function this repeats but for it).

CREATE OR REPLACE FUNCTION assign_event_position() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    head  TEXT := current_setting('thidua.head');
    colon INT  := strpos(head, ':');
BEGIN
    NEW.global_index := left(head, colon - 1)::bigint + 1;
    -- as Axon writes an instant: UTC, milliseconds
    NEW.time_stamp := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
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
