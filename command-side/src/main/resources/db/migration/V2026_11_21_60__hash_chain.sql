-- Tamper evidence: a hash chain over the global event stream.
--
-- Every stored event gets chain_link, computed by the trigger that hands out its position, in the appending
-- transaction and under the lock on event_position, so links are chained in commit order:
--
--   link(-1) = 32 zero bytes
--   link(n)  = SHA-256( link(n-1)
--                       || utf8(event_identifier)               || 0x00
--                       || utf8(aggregate_identifier)           || 0x00
--                       || utf8(decimal(sequence_number))       || 0x00
--                       || utf8(coalesce(type, ''))             || 0x00
--                       || utf8(time_stamp)                     || 0x00
--                       || utf8(payload_type)                   || 0x00
--                       || utf8(coalesce(payload_revision, '')) || 0x00
--                       || payload                              || 0x00
--                       || coalesce(meta_data, '') )
--
-- n is global_index, || concatenates bytes, decimal() writes the number in ASCII digits without sign or padding.
-- Every stored column takes part except global_index (the chain's order already binds the position) and
-- chain_link itself. The 0x00 separators cannot be forged: text columns never hold NUL, and payload and
-- meta_data are JSON, in which Jackson writes control characters escaped. The Java twin, used by
-- GET /api/integrity/verify, is vn.thidua.ledger.query.integrity.HashChain; change both or neither.
--
-- event_position keeps the head (last_position, last_link), so an append reads the previous link from the
-- row it already locks. Reviews (sơ kết, tổng kết) seal that head in their ReviewHeld event.

ALTER TABLE domain_event_entry ADD COLUMN chain_link BYTEA;

ALTER TABLE event_position
    ADD COLUMN last_link BYTEA NOT NULL
        DEFAULT '\x0000000000000000000000000000000000000000000000000000000000000000'
        CHECK (octet_length(last_link) = 32);

CREATE FUNCTION event_chain_link(previous BYTEA, event_identifier TEXT, aggregate_identifier TEXT,
                                 sequence_number BIGINT, type TEXT, time_stamp TEXT, payload_type TEXT,
                                 payload_revision TEXT, payload BYTEA, meta_data BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT sha256(previous
    || convert_to(event_identifier, 'UTF8') || '\x00'::bytea
    || convert_to(aggregate_identifier, 'UTF8') || '\x00'::bytea
    || convert_to(sequence_number::text, 'UTF8') || '\x00'::bytea
    || convert_to(coalesce(type, ''), 'UTF8') || '\x00'::bytea
    || convert_to(time_stamp, 'UTF8') || '\x00'::bytea
    || convert_to(payload_type, 'UTF8') || '\x00'::bytea
    || convert_to(coalesce(payload_revision, ''), 'UTF8') || '\x00'::bytea
    || payload || '\x00'::bytea
    || coalesce(meta_data, ''::bytea))
$$;

-- One UPDATE both hands out the position and extends the chain; whatever chain_link the client sent is replaced.
CREATE OR REPLACE FUNCTION assign_event_position() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE event_position
    SET last_position = last_position + 1,
        last_link     = event_chain_link(last_link, NEW.event_identifier, NEW.aggregate_identifier,
                                         NEW.sequence_number, NEW.type, NEW.time_stamp, NEW.payload_type,
                                         NEW.payload_revision, NEW.payload, NEW.meta_data)
    WHERE id = 1
    RETURNING last_position, last_link INTO NEW.global_index, NEW.chain_link;
    RETURN NEW;
END
$$;

-- Events stored before this migration are chained here, in global order, so an older database gets a complete
-- chain. Only the owner running the migration may lift the immutability trigger, and only for this transaction.
ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_immutable;

DO
$$
DECLARE
    link   BYTEA := '\x0000000000000000000000000000000000000000000000000000000000000000';
    stored RECORD;
BEGIN
    FOR stored IN SELECT * FROM domain_event_entry ORDER BY global_index
        LOOP
            link := event_chain_link(link, stored.event_identifier, stored.aggregate_identifier,
                                     stored.sequence_number, stored.type, stored.time_stamp, stored.payload_type,
                                     stored.payload_revision, stored.payload, stored.meta_data);
            UPDATE domain_event_entry SET chain_link = link WHERE global_index = stored.global_index;
        END LOOP;
    UPDATE event_position SET last_link = link WHERE id = 1;
END
$$;

ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_immutable;

-- The head moves only by storing an event, one step at a time: rewinding it or rewriting last_link would make
-- the next append chain from a forged link (and blame that innocent event at verification).
CREATE FUNCTION refuse_head_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- depth 1 is a statement of a client; the append trigger's own UPDATE runs one level deeper
    IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 AND NEW.last_position = OLD.last_position + 1 THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the head of the event chain moves only by storing an event: % on event_position refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER event_position_forward_only
    BEFORE UPDATE OR DELETE ON event_position
    FOR EACH ROW EXECUTE FUNCTION refuse_head_change();

CREATE TRIGGER event_position_no_truncate
    BEFORE TRUNCATE ON event_position
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_head_change();
