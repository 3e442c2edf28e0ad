-- The head guard of V2026_11_22_01 asked "is there an event beyond the new head?" with NOT EXISTS (… > …). PL/pgSQL
-- plans that once, for any value, and a range test on an unknown value is planned as a scan of the whole table:
-- every append paid a full scan of domain_event_entry (60 ms at 600,000 events). The same rule, asked of the
-- primary key's last entry, is one index lookup at any size.
CREATE OR REPLACE FUNCTION refuse_head_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- depth 1 is a statement of a client; the append trigger's own UPDATE runs one level deeper
    IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 AND NEW.last_position > OLD.last_position
        AND NEW.last_position = (SELECT max(global_index) FROM domain_event_entry)
        AND NEW.last_link = (SELECT chain_link FROM domain_event_entry WHERE global_index = NEW.last_position) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the head of the event chain moves only by storing an event: % on event_position refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
