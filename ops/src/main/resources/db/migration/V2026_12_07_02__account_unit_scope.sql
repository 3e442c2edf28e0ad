-- An account may be limited to a part of the organisation (DESIGN.md: an officer of one district cannot record for
-- another): the unit it records for, with the units below it; NULL for the whole organisation.
ALTER TABLE users ADD COLUMN unit_scope VARCHAR(64);
