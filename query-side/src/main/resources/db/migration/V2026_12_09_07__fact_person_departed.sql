-- A person's version from the day after their last day of service: they are counted among a unit's people (pledge
-- coverage, evaluations expected) only until they left.
ALTER TABLE fact_person ADD COLUMN departed BOOLEAN NOT NULL DEFAULT FALSE;
