-- Scores are read back whole, as text, and parsed by the rules engine; nothing queries inside them. As JSON they
-- are checked and kept as given, where JSONB took them apart on every insert: half the cost of filling
-- fact_person_evaluation in a rebuild.
ALTER TABLE fact_person_evaluation ALTER COLUMN scores TYPE JSON;
ALTER TABLE fact_unit_evaluation ALTER COLUMN scores TYPE JSON;
