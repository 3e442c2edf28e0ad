-- The sanctions in force on people, by the day of their decision: a change of post back-dated before a decision
-- must leave its form one the new post allows (Decree 112 by group). Kept by the subscribing command-directory group;
-- filled here from the events stored before: a violation's last sanction event, when it imposed one.
CREATE TABLE directory_person_sanction (
    violation_id VARCHAR(64) PRIMARY KEY,
    person_id    VARCHAR(64) NOT NULL,
    form         VARCHAR(32) NOT NULL,
    decided_on   DATE        NOT NULL
);
CREATE INDEX directory_person_sanction_person ON directory_person_sanction (person_id, decided_on);

INSERT INTO directory_person_sanction (violation_id, person_id, form, decided_on)
SELECT violation_id, subject_id, form, decided_on
FROM (SELECT DISTINCT ON (p ->> 'violationId')
             p ->> 'violationId' AS violation_id, p ->> 'subjectKind' AS subject_kind, p ->> 'subjectId' AS subject_id,
             p ->> 'form' AS form, (p ->> 'decidedOn')::date AS decided_on, payload_type
      FROM (SELECT global_index, payload_type, convert_from(payload, 'UTF8')::jsonb AS p
            FROM domain_event_entry
            WHERE payload_type IN ('vn.thidua.ledger.api.violation.SanctionImposed',
                                   'vn.thidua.ledger.api.violation.SanctionAnnulled')) events
      ORDER BY p ->> 'violationId', global_index DESC) latest
WHERE payload_type = 'vn.thidua.ledger.api.violation.SanctionImposed' AND subject_kind = 'PERSON';
