-- A person's posts (category, leadership) with the day each took effect, so that what depends on the post held
-- on a day (the discipline forms allowed on the day of a decision) reads that post, not today's. Filled from the
-- events for the people registered before this table.
CREATE TABLE directory_person_post (
    person_id VARCHAR(64) NOT NULL,
    position  BIGINT      NOT NULL, -- the event's sequence in the person's stream: the later record of one day
    from_date DATE,                 -- null: since registration
    category  VARCHAR(32) NOT NULL,
    leader    BOOLEAN     NOT NULL,
    PRIMARY KEY (person_id, position)
);

INSERT INTO directory_person_post (person_id, position, from_date, category, leader)
SELECT p.payload ->> 'personId', p.sequence_number,
       CASE WHEN p.payload_type = 'vn.thidua.ledger.api.person.PersonPostChanged'
            THEN (p.payload ->> 'effectiveOn')::date END,
       p.payload ->> 'category', (p.payload ->> 'leader')::boolean
FROM (SELECT e.sequence_number, e.payload_type, convert_from(e.payload, 'UTF8')::jsonb AS payload
      FROM domain_event_entry e
      WHERE e.payload_type IN ('vn.thidua.ledger.api.person.PersonRegistered',
                               'vn.thidua.ledger.api.person.PersonPostChanged')) p
ON CONFLICT DO NOTHING;
