-- A request of many commands (a bulk import) stores its events in one transaction and its Idempotency-Key
-- answer once: the position of its first event and how many commands it sent, so that a retry is answered
-- exactly as the first time. Both are null for a request of one command.
ALTER TABLE idempotency_record
    ADD COLUMN first_position BIGINT,
    ADD COLUMN command_count  INTEGER;
