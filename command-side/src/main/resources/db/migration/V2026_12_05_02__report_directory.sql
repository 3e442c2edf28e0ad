-- The reports each unit owes, so that one is not registered twice: a second registration of the same report would
-- be reminded, fall overdue and count in the dossier's "reports on time" again. A report under no campaign is one
-- of its own (the coalesce makes NULLs equal here, which PostgreSQL 15's NULLS NOT DISTINCT would too).
CREATE TABLE directory_report (
    report_id   VARCHAR(64) PRIMARY KEY,
    unit_id     VARCHAR(64) NOT NULL REFERENCES directory_unit (unit_id),
    kind        VARCHAR(32) NOT NULL,
    year        INTEGER     NOT NULL,
    campaign_id VARCHAR(64) REFERENCES directory_campaign (campaign_id)
);
CREATE UNIQUE INDEX directory_report_once ON directory_report (unit_id, kind, year, coalesce(campaign_id, ''));

-- The reports registered before this table: where one was registered twice already, the first registration is the
-- one a new duplicate is told about (the events of both stay as they are).
INSERT INTO directory_report (report_id, unit_id, kind, year, campaign_id)
SELECT DISTINCT ON (p ->> 'unitId', p ->> 'kind', (p ->> 'year')::int, coalesce(p ->> 'campaignId', ''))
       p ->> 'reportId', p ->> 'unitId', p ->> 'kind', (p ->> 'year')::int, p ->> 'campaignId'
FROM (SELECT global_index, convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.ledger.api.report.ReportRequired') required
ORDER BY p ->> 'unitId', p ->> 'kind', (p ->> 'year')::int, coalesce(p ->> 'campaignId', ''), global_index;
