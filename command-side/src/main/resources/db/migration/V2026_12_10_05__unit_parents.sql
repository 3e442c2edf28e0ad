-- Each unit's parent from the day it took effect ('-infinity': since the unit was registered), so that what lay
-- within a unit on a past day is told by the tree of that day: a pledge signed before a unit moved counts in the
-- scope the unit was in then. Kept by the subscribing command-directory group; filled here from the events.
CREATE TABLE directory_unit_parent_from (
    unit_id   VARCHAR(64) NOT NULL,
    from_date DATE        NOT NULL,
    parent_id VARCHAR(64),
    PRIMARY KEY (unit_id, from_date)
);

INSERT INTO directory_unit_parent_from (unit_id, from_date, parent_id)
SELECT DISTINCT ON (unit_id, from_date) unit_id, from_date, parent_id
FROM (SELECT e.global_index, p ->> 'unitId' AS unit_id,
             CASE WHEN e.payload_type LIKE '%.UnitMoved' THEN (p ->> 'effectiveOn')::date ELSE '-infinity'::date END
                 AS from_date,
             p ->> 'parentId' AS parent_id
      FROM domain_event_entry e
      CROSS JOIN LATERAL (SELECT convert_from(e.payload, 'UTF8')::jsonb AS p) payload
      WHERE e.payload_type IN ('vn.thidua.ledger.api.unit.UnitRegistered', 'vn.thidua.ledger.api.unit.UnitMoved')) parents
ORDER BY unit_id, from_date, global_index DESC;
