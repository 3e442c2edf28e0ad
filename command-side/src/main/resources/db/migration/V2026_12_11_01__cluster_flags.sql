-- A Cờ thi đua names the cụm or khối it is for (CommendationProposed and CommendationApproved from revision 2):
-- one flag a cluster and period. Flags approved before hold no cluster and stay NULL here: their events never said
-- which one they stood for.
ALTER TABLE directory_title ADD COLUMN cluster_id VARCHAR(64);
CREATE INDEX directory_title_cluster ON directory_title (cluster_id) WHERE cluster_id IS NOT NULL;
