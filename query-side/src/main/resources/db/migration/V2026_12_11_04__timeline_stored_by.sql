-- fact_timeline.recorded_at becomes the moment the stream up to a position was stored by (the latest timestamp of
-- its events so far): a write that waited behind a longer one is appended after events stamped later, and "asOf a
-- moment" is the longest start of the stream stored by then. Rows written before take the same running maximum.
UPDATE fact_timeline t SET recorded_at = m.stored_by
FROM (SELECT position, max(recorded_at) OVER (ORDER BY position) AS stored_by FROM fact_timeline) m
WHERE t.position = m.position AND t.recorded_at < m.stored_by;
