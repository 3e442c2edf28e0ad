-- The import a stream position came with: an import is stored in one transaction, so a moment inside it ("asOf")
-- stands before all of it, never in the middle of its rows. Positions of one import are consecutive (it holds the
-- stream's position while it appends).
ALTER TABLE fact_timeline ADD COLUMN import_id VARCHAR(64);

UPDATE fact_timeline t
SET import_id = m.import_id
FROM (SELECT global_index, convert_from(meta_data, 'UTF8')::jsonb ->> 'importId' AS import_id
      FROM domain_event_entry
      WHERE meta_data IS NOT NULL AND position('importId' IN convert_from(meta_data, 'UTF8')) > 0) m
WHERE t.position = m.global_index AND m.import_id IS NOT NULL;

CREATE INDEX fact_timeline_import ON fact_timeline (import_id, position) WHERE import_id IS NOT NULL;
