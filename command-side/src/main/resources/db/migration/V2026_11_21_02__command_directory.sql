-- Lookup tables the command side keeps in the same transaction as the events (a subscribing processor),
-- so that references and set-wide rules (one active pledge per person and campaign) are checked against
-- committed facts and races end in a unique violation instead of a silent duplicate.

CREATE TABLE directory_unit (
    unit_id   VARCHAR(64)  PRIMARY KEY,
    parent_id VARCHAR(64)  REFERENCES directory_unit (unit_id),
    name      TEXT         NOT NULL,
    kind      VARCHAR(32)  NOT NULL,
    closed    BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX directory_unit_parent ON directory_unit (parent_id);

CREATE TABLE directory_person (
    person_id VARCHAR(64) PRIMARY KEY,
    unit_id   VARCHAR(64) NOT NULL REFERENCES directory_unit (unit_id),
    category  VARCHAR(32) NOT NULL,
    leader    BOOLEAN     NOT NULL
);

CREATE TABLE directory_campaign (
    campaign_id   VARCHAR(64) PRIMARY KEY,
    scope_unit_id VARCHAR(64) NOT NULL REFERENCES directory_unit (unit_id),
    starts_on     DATE        NOT NULL,
    ends_on       DATE        NOT NULL
);

CREATE TABLE directory_pledge (
    pledge_id   VARCHAR(64) PRIMARY KEY,
    campaign_id VARCHAR(64) NOT NULL REFERENCES directory_campaign (campaign_id),
    person_id   VARCHAR(64) NOT NULL REFERENCES directory_person (person_id),
    active      BOOLEAN     NOT NULL
);
CREATE UNIQUE INDEX directory_pledge_one_active ON directory_pledge (campaign_id, person_id) WHERE active;

-- Answers of writes that carried an Idempotency-Key, stored in the transaction of the events they answer.
CREATE TABLE idempotency_record (
    actor           VARCHAR(128) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    entity_id       VARCHAR(64)  NOT NULL,
    position        BIGINT       NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, idempotency_key)
);
