-- What the audit projector now gives the amendments recorded before (as a rebuild of the audit would): an amendment
-- of a violation in the trail of the unit the violation counted in before it — the unit of its record or latest
-- amendment so far — as well as in that of its new day's unit.
INSERT INTO audit_entry (subject_kind, subject_id, position, event_type)
SELECT 'units', e.data ->> 'unitId', a.position, 'ViolationAmended'
FROM audit_event a
JOIN audit_event e ON e.position = (SELECT max(o.position) FROM audit_entry o
                                    WHERE o.subject_kind = 'violations' AND o.subject_id = a.data ->> 'violationId'
                                      AND o.event_type IN ('ViolationRecorded', 'ViolationAmended')
                                      AND o.position < a.position)
WHERE a.event_type = 'ViolationAmended' AND e.data ->> 'unitId' IS NOT NULL
ON CONFLICT DO NOTHING;
