-- An event's details are kept once, in audit_event, instead of once per entity it concerns: audit_entry keeps only
-- which entities an event concerns, and its type. Each event had been written, parsed as JSONB and indexed 3.2 times
-- on average, the largest part of PostgreSQL's work while events arrive (imports, commands, catching up).
CREATE TABLE audit_event (
    position          BIGINT       PRIMARY KEY,
    event_id          VARCHAR(255) NOT NULL,
    event_type        VARCHAR(128) NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    business_time     VARCHAR(32),
    business_from     DATE,
    business_to       DATE,
    actor             VARCHAR(128),
    correlation_id    VARCHAR(128),
    data              JSONB        NOT NULL,
    -- the entry a correction corrects; the same for every entity of the event
    corrects_position BIGINT
);

-- room to sort a city's entries (about 18 million) and build their key in memory, for this migration only
SET LOCAL work_mem = '256MB';
SET LOCAL maintenance_work_mem = '512MB';

INSERT INTO audit_event (position, event_id, event_type, recorded_at, business_time, business_from, business_to,
                         actor, correlation_id, data, corrects_position)
SELECT DISTINCT ON (position) position, event_id, event_type, recorded_at, business_time, business_from, business_to,
       actor, correlation_id, data, corrects_position
FROM audit_entry
ORDER BY position, subject_kind, subject_id;

-- A rebuild of the audit (ProjectionRebuilder) leaves its copy's index names on the live table, and a node stopped
-- before dropping the table it replaced leaves that behind: the indexes are found by table, not by name. No read
-- looked entries up by the secondary ones; a correction now finds the event it names in the event store's index.
DROP TABLE IF EXISTS audit_entry__replaced;
DO $$
DECLARE
    index_name TEXT;
    key_name   TEXT;
BEGIN
    FOR index_name IN SELECT i.indexrelid::regclass::text FROM pg_index i
                      WHERE i.indrelid = 'audit_entry'::regclass AND NOT i.indisprimary LOOP
        EXECUTE 'DROP INDEX ' || index_name;
    END LOOP;
    FOR key_name IN SELECT conname FROM pg_constraint
                    WHERE conrelid = 'audit_entry'::regclass AND contype = 'p' LOOP
        EXECUTE format('ALTER TABLE audit_entry DROP CONSTRAINT %I', key_name);
    END LOOP;
END
$$;
-- dropping columns rewrites nothing: old rows keep their bytes until the table is rewritten (VACUUM FULL
-- audit_entry, or a rebuild of the audit projection, gives the space back)
ALTER TABLE audit_entry
    DROP COLUMN event_id,
    DROP COLUMN recorded_at,
    DROP COLUMN business_time,
    DROP COLUMN business_from,
    DROP COLUMN business_to,
    DROP COLUMN actor,
    DROP COLUMN correlation_id,
    DROP COLUMN data,
    DROP COLUMN corrects_position;

-- a dossier looks for a few types among every entry of a unit (each evaluation of its staff concerns it too): the
-- type in the key's index lets it find them there, fetching only the events it keeps
ALTER TABLE audit_entry ADD PRIMARY KEY (subject_kind, subject_id, position) INCLUDE (event_type);
