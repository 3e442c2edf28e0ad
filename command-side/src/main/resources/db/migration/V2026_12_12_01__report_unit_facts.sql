-- Reports as facts of their unit (see V2026_12_10_04): one required for a period is owed by a unit that exists in
-- it, so a unit is not closed back-dated before the period of a report required of it (its first day: 1 January,
-- for a half-year report as for a year's), nor before a report it submitted. Filled from the events recorded before.
INSERT INTO directory_unit_fact (unit_id, fact_key, day)
SELECT p ->> 'unitId', 'report:' || (p ->> 'reportId'), make_date((p ->> 'year')::int, 1, 1)
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.ledger.api.report.ReportRequired') required
ON CONFLICT DO NOTHING;

INSERT INTO directory_unit_fact (unit_id, fact_key, day)
SELECT p ->> 'unitId', 'submission:' || (p ->> 'reportId'), (p ->> 'submittedOn')::date
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.ledger.api.report.ReportSubmitted') submitted
ON CONFLICT DO NOTHING;
