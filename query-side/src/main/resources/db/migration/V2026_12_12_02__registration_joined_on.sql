-- A registration that tells the person's first day of service (joinedOn) is dated by it in the audit trails, as
-- the projection now dates it; those recorded before were dated by the day they were recorded.
UPDATE audit_event
SET business_time = data ->> 'joinedOn',
    business_from = (data ->> 'joinedOn')::date,
    business_to = (data ->> 'joinedOn')::date
WHERE event_type = 'PersonRegistered' AND data ->> 'joinedOn' IS NOT NULL AND business_time IS NULL;
