-- The last day of service of a person who left the organisation (retired, resigned, dismissed, …): nothing of
-- theirs is dated after it, and they no longer keep their unit from being closed.
ALTER TABLE directory_person ADD COLUMN left_on DATE;
