-- Published criteria set versions, kept by the command side's directory (subscribing, in the events'
-- transaction) so that evaluations are checked against committed definitions. The definition is the
-- event's criteria set as JSON text, numbers exactly as published. Evaluations need no table: each is an
-- aggregate of its own (one per subject and period).
CREATE TABLE directory_criteria_set (
    criteria_set_id VARCHAR(64) NOT NULL,
    version         INTEGER     NOT NULL,
    subject         VARCHAR(16) NOT NULL,
    effective_from  DATE        NOT NULL,
    definition      TEXT        NOT NULL,
    PRIMARY KEY (criteria_set_id, version)
);
CREATE INDEX directory_criteria_set_subject ON directory_criteria_set (subject, effective_from);
