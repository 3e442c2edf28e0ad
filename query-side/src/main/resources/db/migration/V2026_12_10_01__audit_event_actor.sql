-- an account's audit trail (GET /api/audit/users/{name}) lists the events it recorded
CREATE INDEX IF NOT EXISTS audit_event_actor ON audit_event (actor, position);
