-- Where each person worked from when: pledges and rules look up the unit on a date, not today's.
CREATE TABLE directory_person_assignment (
    person_id VARCHAR(64) NOT NULL REFERENCES directory_person (person_id),
    unit_id   VARCHAR(64) NOT NULL REFERENCES directory_unit (unit_id),
    from_date DATE, -- null: since the person was registered
    position  BIGINT      NOT NULL,
    PRIMARY KEY (person_id, position)
);
INSERT INTO directory_person_assignment (person_id, unit_id, from_date, position)
SELECT person_id, unit_id, NULL, 0 FROM directory_person;

-- One emulation registration per unit, movement and year.
CREATE TABLE directory_registration (
    registration_id VARCHAR(64) PRIMARY KEY,
    campaign_id     VARCHAR(64) NOT NULL REFERENCES directory_campaign (campaign_id),
    unit_id         VARCHAR(64) NOT NULL REFERENCES directory_unit (unit_id),
    year            INTEGER     NOT NULL,
    CONSTRAINT directory_registration_once UNIQUE (campaign_id, unit_id, year)
);
