-- The first day of a person's service, when their registration told it (PersonRegistered revision 2): nothing of
-- theirs is dated before it. People registered before stay NULL: they count from the start.
ALTER TABLE directory_person ADD COLUMN joined_on DATE;
