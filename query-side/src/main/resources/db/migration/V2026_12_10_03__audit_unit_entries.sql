-- Events that concern a unit without naming it get an entry in that unit's trail, as the audit projector now gives
-- them: a pledge's withdrawal or renewal (the unit it was signed in), a review (its campaign's scope), and a
-- person's commendation (the unit they worked in at the end of the rewarded period, by what was recorded before it).
INSERT INTO audit_entry (subject_kind, subject_id, position, event_type)
SELECT 'units', first.data ->> 'unitId', later.position, later.event_type
FROM audit_entry later
JOIN audit_entry signed ON signed.subject_kind = 'pledges' AND signed.subject_id = later.subject_id
                       AND signed.event_type = 'PledgeSigned'
JOIN audit_event first ON first.position = signed.position
WHERE later.subject_kind = 'pledges' AND later.event_type IN ('PledgeWithdrawn', 'PledgeRenewed')
  AND first.data ->> 'unitId' IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO audit_entry (subject_kind, subject_id, position, event_type)
SELECT 'units', first.data ->> 'scopeUnitId', later.position, later.event_type
FROM audit_entry later
JOIN audit_entry launched ON launched.subject_kind = 'campaigns' AND launched.subject_id = later.subject_id
                         AND launched.event_type = 'CampaignLaunched'
JOIN audit_event first ON first.position = launched.position
WHERE later.subject_kind = 'campaigns' AND later.event_type = 'ReviewHeld'
  AND first.data ->> 'scopeUnitId' IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO audit_entry (subject_kind, subject_id, position, event_type)
SELECT 'units', placed.unit_id, later.position, later.event_type
FROM audit_entry later
JOIN audit_event rewarded ON rewarded.position = later.position
CROSS JOIN LATERAL (
    SELECT CASE WHEN e.event_type = 'PersonTransferred' THEN e.data ->> 'toUnitId' ELSE e.data ->> 'unitId' END
               AS unit_id
    FROM audit_entry o JOIN audit_event e ON e.position = o.position
    WHERE o.subject_kind = 'persons' AND o.subject_id = later.subject_id AND o.position < later.position
      AND o.event_type IN ('PersonRegistered', 'PersonTransferred')
      AND (e.event_type = 'PersonRegistered' OR (e.data ->> 'effectiveOn')::date <= rewarded.business_to)
    ORDER BY CASE WHEN e.event_type = 'PersonTransferred' THEN (e.data ->> 'effectiveOn')::date END
             DESC NULLS LAST, o.position DESC
    LIMIT 1) placed
WHERE later.subject_kind = 'persons'
  AND later.event_type IN ('CommendationProposed', 'CommendationApproved', 'CommendationRejected',
                           'CommendationRevoked')
  AND placed.unit_id IS NOT NULL
ON CONFLICT DO NOTHING;
