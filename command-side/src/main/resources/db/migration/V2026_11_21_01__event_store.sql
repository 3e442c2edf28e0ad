-- The event store (Axon JDBC storage engine), tokens of the event processors, and the gap-free global index.

CREATE TABLE domain_event_entry (
    global_index         BIGINT       NOT NULL PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    CONSTRAINT domain_event_entry_stream UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

-- One counter row, locked by the first append of a transaction until it commits: positions are handed
-- out in commit order and a rolled-back transaction gives its numbers back, so the index has no gaps
-- (a sequence would leave holes on every rollback, and readers would have to wait them out).
CREATE TABLE event_position (
    id            SMALLINT PRIMARY KEY CHECK (id = 1),
    last_position BIGINT   NOT NULL
);
INSERT INTO event_position (id, last_position) VALUES (1, -1);

CREATE FUNCTION assign_event_position() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE event_position SET last_position = last_position + 1 WHERE id = 1
    RETURNING last_position INTO NEW.global_index;
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_position
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION assign_event_position();

-- Stored events are facts: nobody rewrites or removes them, whatever the client's SQL says.
CREATE FUNCTION refuse_event_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'stored events are immutable: % on domain_event_entry refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER domain_event_entry_immutable
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_event_change();

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();

CREATE INDEX domain_event_entry_time_stamp ON domain_event_entry (time_stamp);

CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
