-- A correction's entry points at the entry it corrects, so an inspector can follow it back.
ALTER TABLE audit_entry ADD COLUMN corrects_position BIGINT;
CREATE INDEX audit_entry_event_id ON audit_entry (event_id);
