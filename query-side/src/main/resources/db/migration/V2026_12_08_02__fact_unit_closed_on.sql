-- The day a unit was closed, so that its cluster memberships end with it in every view; the versions of units
-- closed before this column take theirs from the event that closed them.
ALTER TABLE fact_unit ADD COLUMN closed_on DATE;

UPDATE fact_unit f
SET closed_on = (convert_from(e.payload, 'UTF8')::jsonb ->> 'closedOn')::date
FROM domain_event_entry e
WHERE f.closed
  AND e.aggregate_identifier = 'unit:' || f.unit_id
  AND e.payload_type = 'vn.thidua.ledger.api.unit.UnitClosed';
