-- Account writes (opening, scoping, enabling, passwords) keep the answer to an Idempotency-Key too: they store no
-- event, so their answer is the account as it was answered (position -1), and their fingerprint a bcrypt hash (a
-- password's body must not be kept under a fast hash).
ALTER TABLE idempotency_record ADD COLUMN answer TEXT;
