-- Positions and chain links handed out per INSERT statement instead of per row.
--
-- Until now every stored row updated the one event_position row. Updating one row many times in a transaction
-- leaves a chain of row versions that each next update walks, so a transaction of n events cost O(n²) (an import
-- of a few thousand rows spent most of its time there). Now:
--   * before each INSERT statement on domain_event_entry, the head is read and the row locked (FOR UPDATE, held
--     until the transaction ends, exactly as the old UPDATE held it: positions still follow commit order and a
--     rolled-back transaction still gives its numbers back);
--   * each row takes the next position and chain link from transaction-local settings;
--   * after the statement, the head is written back once.
-- The chain's definition (event_chain_link, see V2026_11_21_60) is unchanged, so existing links stay valid.

CREATE OR REPLACE FUNCTION lock_event_head() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    head RECORD;
BEGIN
    SELECT last_position, last_link INTO head FROM event_position WHERE id = 1 FOR UPDATE;
    -- is_local: the settings end with the transaction (and with a rolled-back savepoint)
    PERFORM set_config('thidua.head_position', head.last_position::text, true);
    PERFORM set_config('thidua.head_link', encode(head.last_link, 'hex'), true);
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION assign_event_position() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    previous_position BIGINT := current_setting('thidua.head_position')::bigint;
    previous_link     BYTEA  := decode(current_setting('thidua.head_link'), 'hex');
BEGIN
    NEW.global_index := previous_position + 1;
    NEW.chain_link := event_chain_link(previous_link, NEW.event_identifier, NEW.aggregate_identifier,
                                       NEW.sequence_number, NEW.type, NEW.time_stamp, NEW.payload_type,
                                       NEW.payload_revision, NEW.payload, NEW.meta_data);
    PERFORM set_config('thidua.head_position', NEW.global_index::text, true);
    PERFORM set_config('thidua.head_link', encode(NEW.chain_link, 'hex'), true);
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION store_event_head() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE event_position
    SET last_position = current_setting('thidua.head_position')::bigint,
        last_link     = decode(current_setting('thidua.head_link'), 'hex')
    WHERE id = 1 AND last_position <> current_setting('thidua.head_position')::bigint;
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_event_entry_lock_head
    BEFORE INSERT ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION lock_event_head();

CREATE TRIGGER domain_event_entry_store_head
    AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION store_event_head();

-- The head still moves only by storing events: forward, and only onto the last stored event and its link.
CREATE OR REPLACE FUNCTION refuse_head_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- depth 1 is a statement of a client; the append trigger's own UPDATE runs one level deeper
    IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 AND NEW.last_position > OLD.last_position
        AND EXISTS (SELECT 1 FROM domain_event_entry
                    WHERE global_index = NEW.last_position AND chain_link = NEW.last_link)
        AND NOT EXISTS (SELECT 1 FROM domain_event_entry WHERE global_index > NEW.last_position) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the head of the event chain moves only by storing an event: % on event_position refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
