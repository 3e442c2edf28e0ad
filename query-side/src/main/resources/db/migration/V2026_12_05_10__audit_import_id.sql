-- The import an event came with (its metadata's importId), so that an audit entry leads back to the file it was
-- imported from; null for events that came with no import.
ALTER TABLE audit_event ADD COLUMN import_id VARCHAR(64);

-- the events imported before: only their metadata holds it
UPDATE audit_event a
SET import_id = m.import_id
FROM (SELECT global_index, convert_from(meta_data, 'UTF8')::jsonb ->> 'importId' AS import_id
      FROM domain_event_entry
      WHERE meta_data IS NOT NULL AND position('importId' IN convert_from(meta_data, 'UTF8')) > 0) m
WHERE a.position = m.global_index AND m.import_id IS NOT NULL;
