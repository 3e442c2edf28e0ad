-- The day of each fact recorded on a unit that a closed unit no longer takes after its last day (an evaluation,
-- survey, inspection or proposed title for a period beginning then, a violation of the unit on it, a cluster
-- membership from it), so that a unit is not closed back-dated before one of them. Kept by the subscribing
-- command-directory group; filled here from the events recorded before it.
CREATE TABLE directory_unit_fact (
    unit_id  VARCHAR(64)  NOT NULL,
    fact_key VARCHAR(200) NOT NULL,
    day      DATE         NOT NULL,
    PRIMARY KEY (unit_id, fact_key)
);

-- the first day of a period as the API writes it: 2024-05, 2024-Q2, 2024-H1, 2024 or 2024-01-01..2024-06-30
CREATE FUNCTION pg_temp.period_from(period TEXT) RETURNS DATE LANGUAGE SQL IMMUTABLE AS $$
    SELECT CASE
        WHEN period ~ '^\d{4}-\d{2}$' THEN (period || '-01')::date
        WHEN period ~ '^\d{4}-Q[1-4]$' THEN make_date(left(period, 4)::int, (right(period, 1)::int - 1) * 3 + 1, 1)
        WHEN period ~ '^\d{4}-H[12]$' THEN make_date(left(period, 4)::int, (right(period, 1)::int - 1) * 6 + 1, 1)
        WHEN period ~ '^\d{4}$' THEN make_date(period::int, 1, 1)
        ELSE split_part(period, '..', 1)::date
    END
$$;

CREATE TEMPORARY TABLE recorded_event ON COMMIT DROP AS
SELECT global_index, substring(payload_type from '[^.]+$') AS type, convert_from(payload, 'UTF8')::jsonb AS p
FROM domain_event_entry
WHERE payload_type IN ('vn.thidua.ledger.api.evaluation.UnitEvaluated', 'vn.thidua.ledger.api.survey.SurveyRecorded',
                       'vn.thidua.ledger.api.inspection.InspectionOpened',
                       'vn.thidua.ledger.api.cluster.ClusterMemberAdded',
                       'vn.thidua.ledger.api.commendation.CommendationProposed',
                       'vn.thidua.ledger.api.commendation.CommendationRejected',
                       'vn.thidua.ledger.api.violation.ViolationRecorded',
                       'vn.thidua.ledger.api.violation.ViolationAmended',
                       'vn.thidua.ledger.api.violation.ViolationRetracted');

INSERT INTO directory_unit_fact (unit_id, fact_key, day)
SELECT p ->> 'unitId', 'evaluation:' || (p ->> 'evaluationId'), pg_temp.period_from(p ->> 'period')
FROM recorded_event WHERE type = 'UnitEvaluated'
ON CONFLICT DO NOTHING;

INSERT INTO directory_unit_fact (unit_id, fact_key, day)
SELECT p ->> 'unitId', 'survey:' || (p ->> 'surveyId'), pg_temp.period_from(p ->> 'period')
FROM recorded_event WHERE type = 'SurveyRecorded'
ON CONFLICT DO NOTHING;

INSERT INTO directory_unit_fact (unit_id, fact_key, day)
SELECT p ->> 'targetUnitId', 'inspection:' || (p ->> 'inspectionId'), pg_temp.period_from(p ->> 'period')
FROM recorded_event WHERE type = 'InspectionOpened'
ON CONFLICT DO NOTHING;

INSERT INTO directory_unit_fact (unit_id, fact_key, day)
SELECT p ->> 'unitId', 'cluster:' || (p ->> 'clusterId') || ':' || (p ->> 'from'), (p ->> 'from')::date
FROM recorded_event WHERE type = 'ClusterMemberAdded'
ON CONFLICT DO NOTHING;

INSERT INTO directory_unit_fact (unit_id, fact_key, day)
SELECT p ->> 'recipientId', 'commendation:' || (p ->> 'commendationId'), pg_temp.period_from(p ->> 'period')
FROM recorded_event proposed
WHERE type = 'CommendationProposed' AND p ->> 'recipientKind' = 'UNIT'
  AND NOT EXISTS (SELECT 1 FROM recorded_event rejected WHERE rejected.type = 'CommendationRejected'
                  AND rejected.p ->> 'commendationId' = proposed.p ->> 'commendationId')
ON CONFLICT DO NOTHING;

-- a violation of a unit on its latest day, unless it was withdrawn as a mistake
INSERT INTO directory_unit_fact (unit_id, fact_key, day)
SELECT DISTINCT ON (p ->> 'violationId') p ->> 'unitId', 'violation:' || (p ->> 'violationId'),
       (p ->> 'occurredOn')::date
FROM recorded_event latest
WHERE type IN ('ViolationRecorded', 'ViolationAmended') AND p ->> 'subjectKind' = 'UNIT'
  AND NOT EXISTS (SELECT 1 FROM recorded_event retracted WHERE retracted.type = 'ViolationRetracted'
                  AND retracted.p ->> 'violationId' = latest.p ->> 'violationId')
ORDER BY p ->> 'violationId', global_index DESC
ON CONFLICT DO NOTHING;
