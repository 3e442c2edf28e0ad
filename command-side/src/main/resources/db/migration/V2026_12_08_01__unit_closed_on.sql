-- The day a unit was closed (dissolved or merged), so that facts dated after it are refused; the units closed
-- before this column take theirs from the event that closed them.
ALTER TABLE directory_unit ADD COLUMN closed_on DATE;

UPDATE directory_unit d
SET closed_on = (convert_from(e.payload, 'UTF8')::jsonb ->> 'closedOn')::date
FROM domain_event_entry e
WHERE d.closed
  AND e.aggregate_identifier = 'unit:' || d.unit_id
  AND e.payload_type = 'vn.thidua.ledger.api.unit.UnitClosed';
