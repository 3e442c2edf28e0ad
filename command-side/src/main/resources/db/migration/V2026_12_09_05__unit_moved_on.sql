-- The day each unit's last move took effect, so that a move dated earlier than a move above its new parent is
-- refused: the tree on that day is not today's, and today's check for cycles would not see one there. The units
-- moved before this column take the day from the event of their last move.
ALTER TABLE directory_unit ADD COLUMN moved_on DATE;

UPDATE directory_unit d
SET moved_on = (SELECT (convert_from(e.payload, 'UTF8')::jsonb ->> 'effectiveOn')::date
                FROM domain_event_entry e
                WHERE e.aggregate_identifier = 'unit:' || d.unit_id
                  AND e.payload_type = 'vn.thidua.ledger.api.unit.UnitMoved'
                ORDER BY e.sequence_number DESC LIMIT 1);
