-- the cụm or khối a Cờ thi đua is for (from CommendationProposed revision 2); NULL for other titles and older flags
ALTER TABLE fact_commendation_event ADD COLUMN cluster_id VARCHAR(64);
CREATE INDEX fact_commendation_cluster ON fact_commendation_event (cluster_id) WHERE cluster_id IS NOT NULL;
