-- What the audit projector now gives the decisions recorded before (as a rebuild of the audit would): the approval,
-- rejection, revocation or reinstatement of a commendation proposed under a campaign in the campaign's trail too, as
-- its proposal is.
INSERT INTO audit_entry (subject_kind, subject_id, position, event_type)
SELECT 'campaigns', p.data ->> 'campaignId', d.position, d.event_type
FROM audit_event d
JOIN audit_entry o ON o.subject_kind = 'commendations' AND o.subject_id = d.data ->> 'commendationId'
                  AND o.event_type = 'CommendationProposed'
JOIN audit_event p ON p.position = o.position
WHERE d.event_type IN ('CommendationApproved', 'CommendationRejected', 'CommendationRevoked', 'CommendationReinstated')
  AND p.data ->> 'campaignId' IS NOT NULL
ON CONFLICT DO NOTHING;
