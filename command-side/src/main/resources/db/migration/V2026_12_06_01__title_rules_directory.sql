-- What approving a title checks (DOMAIN.md item 6): the confirmed violations of its recipient by day, the titles in
-- force by title (one emulation title a year), and the clusters' memberships (Cờ thi đua goes to a cluster's
-- member). Kept by the subscribing command-directory group; filled here from the events stored before.

CREATE TABLE directory_violation (
    violation_id VARCHAR(64) PRIMARY KEY,
    subject_kind VARCHAR(8)  NOT NULL,
    subject_id   VARCHAR(64) NOT NULL,
    occurred_on  DATE        NOT NULL,
    confirmed    BOOLEAN     NOT NULL
);
CREATE INDEX directory_violation_subject ON directory_violation (subject_id, occurred_on);

-- the last event of each violation gives its day; it is confirmed when it was confirmed and not dismissed or
-- retracted since (neither can be undone)
INSERT INTO directory_violation (violation_id, subject_kind, subject_id, occurred_on, confirmed)
SELECT DISTINCT ON (p ->> 'violationId')
       p ->> 'violationId', p ->> 'subjectKind', p ->> 'subjectId', (p ->> 'occurredOn')::date,
       bool_or(payload_type = 'vn.thidua.ledger.api.violation.ViolationConfirmed')
               OVER (PARTITION BY p ->> 'violationId')
           AND NOT bool_or(payload_type IN ('vn.thidua.ledger.api.violation.ViolationDismissed',
                                            'vn.thidua.ledger.api.violation.ViolationRetracted'))
               OVER (PARTITION BY p ->> 'violationId')
FROM (SELECT global_index, payload_type, convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type IN ('vn.thidua.ledger.api.violation.ViolationRecorded',
                             'vn.thidua.ledger.api.violation.ViolationConfirmed',
                             'vn.thidua.ledger.api.violation.ViolationAmended',
                             'vn.thidua.ledger.api.violation.ViolationDismissed',
                             'vn.thidua.ledger.api.violation.ViolationRetracted')) events
ORDER BY p ->> 'violationId', global_index DESC;

ALTER TABLE directory_title ADD COLUMN title VARCHAR(40);
UPDATE directory_title t SET title = approved.p ->> 'title'
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.ledger.api.commendation.CommendationApproved') approved
WHERE approved.p ->> 'commendationId' = t.commendation_id;

CREATE TABLE directory_cluster_member (
    cluster_id  VARCHAR(64) NOT NULL,
    unit_id     VARCHAR(64) NOT NULL,
    member_from DATE        NOT NULL,
    member_to   DATE,
    PRIMARY KEY (cluster_id, unit_id, member_from)
);
CREATE INDEX directory_cluster_member_unit ON directory_cluster_member (unit_id);

INSERT INTO directory_cluster_member (cluster_id, unit_id, member_from, member_to)
SELECT p ->> 'clusterId', p ->> 'unitId', (p ->> 'from')::date, (p ->> 'to')::date
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.ledger.api.cluster.ClusterMemberAdded') added
ON CONFLICT DO NOTHING;

UPDATE directory_cluster_member m SET member_to = (ended.p ->> 'to')::date
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.ledger.api.cluster.ClusterMembershipEnded') ended
WHERE m.cluster_id = ended.p ->> 'clusterId' AND m.unit_id = ended.p ->> 'unitId'
  AND m.member_from = (ended.p ->> 'from')::date;
