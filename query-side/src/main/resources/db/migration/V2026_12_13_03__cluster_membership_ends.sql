-- A membership's end may be brought forward again (a unit leaving its cụm early, an end given wrongly): each end is
-- kept with the position it was recorded at, so that a view as of an earlier position keeps the end it had then.
-- Ends recorded before stay in fact_cluster_member.ended_to; the views take the earliest end known at the position.
CREATE TABLE fact_cluster_member_end (
    cluster_id VARCHAR(64) NOT NULL,
    unit_id    VARCHAR(64) NOT NULL,
    from_date  DATE        NOT NULL,
    to_date    DATE        NOT NULL,
    position   BIGINT      NOT NULL,
    PRIMARY KEY (cluster_id, unit_id, position)
);
