-- The day a unit's parent took effect (null: since registration), so that what happened below a unit on a day is
-- counted where the unit stood that day, not where a later move put it. The versions written before this column
-- take the day of the latest move of their unit at or before them, from the event that moved it.
ALTER TABLE fact_unit ADD COLUMN parent_from DATE;

UPDATE fact_unit f
SET parent_from = (SELECT (convert_from(e.payload, 'UTF8')::jsonb ->> 'effectiveOn')::date
                   FROM domain_event_entry e
                   WHERE e.aggregate_identifier = 'unit:' || f.unit_id
                     AND e.payload_type = 'vn.thidua.ledger.api.unit.UnitMoved'
                     AND e.global_index <= f.position
                   ORDER BY e.global_index DESC LIMIT 1);
