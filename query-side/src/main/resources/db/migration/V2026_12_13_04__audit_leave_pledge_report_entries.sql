-- What the audit projector now gives the events recorded before (as a rebuild of the audit would): a leave in the
-- trail of each unit the person was transferred to while it ran, and a pledge's withdrawal or renewal in the trail of
-- the unit the person worked in on its day — both by the transfers recorded before the event — and a report submitted
-- in time, recorded after the overdue notice, as correcting that notice.
INSERT INTO audit_entry (subject_kind, subject_id, position, event_type)
SELECT DISTINCT 'units', t.data ->> 'toUnitId', l.position, 'LeaveRecorded'
FROM audit_event l
JOIN audit_entry o ON o.subject_kind = 'persons' AND o.subject_id = l.data ->> 'personId'
                  AND o.event_type = 'PersonTransferred' AND o.position < l.position
JOIN audit_event t ON t.position = o.position
WHERE l.event_type = 'LeaveRecorded'
  AND (t.data ->> 'effectiveOn')::date > (l.data ->> 'from')::date
  AND (t.data ->> 'effectiveOn')::date <= (l.data ->> 'to')::date
ON CONFLICT DO NOTHING;

INSERT INTO audit_entry (subject_kind, subject_id, position, event_type)
SELECT 'units', placed.unit_id, p.position, p.event_type
FROM audit_event p
CROSS JOIN LATERAL (
    SELECT CASE WHEN e.event_type = 'PersonTransferred' THEN e.data ->> 'toUnitId' ELSE e.data ->> 'unitId' END AS unit_id
    FROM audit_entry o JOIN audit_event e ON e.position = o.position
    WHERE o.subject_kind = 'persons' AND o.subject_id = p.data ->> 'personId'
      AND o.event_type IN ('PersonRegistered', 'PersonTransferred') AND o.position < p.position
      AND (e.event_type = 'PersonRegistered'
           OR (e.data ->> 'effectiveOn')::date <= (CASE WHEN p.event_type = 'PledgeWithdrawn'
                                                        THEN p.data ->> 'withdrawnOn'
                                                        ELSE p.data ->> 'renewedOn' END)::date)
    ORDER BY CASE WHEN e.event_type = 'PersonTransferred' THEN (e.data ->> 'effectiveOn')::date END
             DESC NULLS LAST, o.position DESC
    LIMIT 1) placed
WHERE p.event_type IN ('PledgeWithdrawn', 'PledgeRenewed') AND placed.unit_id IS NOT NULL
ON CONFLICT DO NOTHING;

UPDATE audit_event s
SET corrects_position = (SELECT max(o.position) FROM audit_entry o
                         WHERE o.subject_kind = 'reports' AND o.subject_id = s.data ->> 'reportId'
                           AND o.event_type = 'ReportOverdue' AND o.position < s.position)
WHERE s.event_type = 'ReportSubmitted' AND (s.data ->> 'onTime')::boolean AND s.corrects_position IS NULL;
