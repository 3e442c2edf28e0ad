-- Who recorded an event, in which role and for which part of the organisation (its metadata's role and unitScope,
-- DESIGN.md Integrity): shown with the actor in the trail. Null for the system's own events and those stored before
-- accounts had them.
ALTER TABLE audit_event ADD COLUMN actor_role VARCHAR(16);
ALTER TABLE audit_event ADD COLUMN unit_scope VARCHAR(64);

UPDATE audit_event a
SET actor_role = m.meta ->> 'role', unit_scope = m.meta ->> 'unitScope'
FROM (SELECT global_index, convert_from(meta_data, 'UTF8')::jsonb AS meta
      FROM domain_event_entry
      WHERE meta_data IS NOT NULL AND position('"role"' IN convert_from(meta_data, 'UTF8')) > 0) m
WHERE a.position = m.global_index;
