-- Facts the rules engine works from, each row stamped with the stream position that recorded it and, when a
-- later event replaced it, the position that did: "as of position P" keeps the rows recorded at or before P
-- and not yet replaced at P. Kept by the "facts" processor.

CREATE TABLE fact_timeline (
    position    BIGINT PRIMARY KEY,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX fact_timeline_recorded_at ON fact_timeline (recorded_at);

CREATE TABLE fact_unit (
    unit_id   VARCHAR(64) NOT NULL,
    position  BIGINT      NOT NULL,
    name      TEXT        NOT NULL,
    kind      VARCHAR(32) NOT NULL,
    parent_id VARCHAR(64),
    closed    BOOLEAN     NOT NULL,
    PRIMARY KEY (unit_id, position)
);

CREATE TABLE fact_person (
    person_id VARCHAR(64) NOT NULL,
    position  BIGINT      NOT NULL,
    full_name TEXT        NOT NULL,
    unit_id   VARCHAR(64) NOT NULL,
    category  VARCHAR(32) NOT NULL,
    leader    BOOLEAN     NOT NULL,
    from_date DATE, -- null: since registration
    PRIMARY KEY (person_id, position)
);
CREATE INDEX fact_person_unit ON fact_person (unit_id);

CREATE TABLE fact_cluster (
    cluster_id VARCHAR(64) PRIMARY KEY,
    position   BIGINT      NOT NULL,
    name       TEXT        NOT NULL,
    kind       VARCHAR(8)  NOT NULL
);

CREATE TABLE fact_cluster_member (
    cluster_id     VARCHAR(64) NOT NULL,
    unit_id        VARCHAR(64) NOT NULL,
    from_date      DATE        NOT NULL,
    to_date        DATE,
    position       BIGINT      NOT NULL,
    ended_to       DATE,
    ended_position BIGINT,
    PRIMARY KEY (cluster_id, unit_id, position)
);

CREATE TABLE fact_criteria_set (
    criteria_set_id VARCHAR(64) NOT NULL,
    version         INTEGER     NOT NULL,
    position        BIGINT      NOT NULL,
    definition      JSONB       NOT NULL,
    PRIMARY KEY (criteria_set_id, version)
);

CREATE TABLE fact_person_evaluation (
    evaluation_id       VARCHAR(64) NOT NULL,
    position            BIGINT      NOT NULL,
    person_id           VARCHAR(64) NOT NULL,
    unit_id             VARCHAR(64) NOT NULL,
    month               DATE        NOT NULL,
    criteria_set_id     VARCHAR(64) NOT NULL,
    criteria_set_version INTEGER    NOT NULL,
    scores              JSONB       NOT NULL,
    superseded_position BIGINT,
    PRIMARY KEY (evaluation_id, position)
);
CREATE INDEX fact_person_evaluation_unit_month ON fact_person_evaluation (unit_id, month);
CREATE INDEX fact_person_evaluation_person ON fact_person_evaluation (person_id, month);

CREATE TABLE fact_unit_evaluation (
    evaluation_id       VARCHAR(64) NOT NULL,
    position            BIGINT      NOT NULL,
    unit_id             VARCHAR(64) NOT NULL,
    period_from         DATE        NOT NULL,
    period_to           DATE        NOT NULL,
    criteria_set_id     VARCHAR(64) NOT NULL,
    criteria_set_version INTEGER    NOT NULL,
    scores              JSONB       NOT NULL,
    superseded_position BIGINT,
    PRIMARY KEY (evaluation_id, position)
);
CREATE INDEX fact_unit_evaluation_unit ON fact_unit_evaluation (unit_id, period_from);

-- every event of a violation's life; its state as of P is the fold of its rows up to P
CREATE TABLE fact_violation_event (
    violation_id VARCHAR(64) NOT NULL,
    position     BIGINT      NOT NULL,
    event_type   VARCHAR(32) NOT NULL,
    subject_kind VARCHAR(8)  NOT NULL,
    subject_id   VARCHAR(64) NOT NULL,
    unit_id      VARCHAR(64),
    rule_code    VARCHAR(64),
    occurred_on  DATE,
    PRIMARY KEY (violation_id, position)
);
CREATE INDEX fact_violation_event_unit ON fact_violation_event (unit_id);
CREATE INDEX fact_violation_event_subject ON fact_violation_event (subject_id);

CREATE TABLE fact_sanction (
    violation_id     VARCHAR(64) NOT NULL,
    position         BIGINT      NOT NULL,
    subject_kind     VARCHAR(8)  NOT NULL,
    subject_id       VARCHAR(64) NOT NULL,
    unit_id          VARCHAR(64),
    form             VARCHAR(32) NOT NULL,
    decided_on       DATE        NOT NULL,
    annulled_position BIGINT,
    PRIMARY KEY (violation_id, position)
);
CREATE INDEX fact_sanction_subject ON fact_sanction (subject_id);

CREATE TABLE fact_survey (
    survey_id           VARCHAR(64) NOT NULL,
    position            BIGINT      NOT NULL,
    unit_id             VARCHAR(64) NOT NULL,
    period_from         DATE        NOT NULL,
    period_to           DATE        NOT NULL,
    respondents         INTEGER     NOT NULL,
    satisfied           INTEGER     NOT NULL,
    superseded_position BIGINT,
    PRIMARY KEY (survey_id, position)
);
CREATE INDEX fact_survey_unit ON fact_survey (unit_id);

CREATE TABLE fact_commendation_event (
    commendation_id VARCHAR(64) NOT NULL,
    position        BIGINT      NOT NULL,
    event_type      VARCHAR(32) NOT NULL,
    title           VARCHAR(48) NOT NULL,
    recipient_kind  VARCHAR(8)  NOT NULL,
    recipient_id    VARCHAR(64) NOT NULL,
    period_from     DATE        NOT NULL,
    period_to       DATE        NOT NULL,
    PRIMARY KEY (commendation_id, position)
);
CREATE INDEX fact_commendation_recipient ON fact_commendation_event (recipient_id);

CREATE TABLE fact_campaign (
    campaign_id     VARCHAR(64) PRIMARY KEY,
    position        BIGINT      NOT NULL,
    title           TEXT        NOT NULL,
    scope_unit_id   VARCHAR(64) NOT NULL,
    starts_on       DATE        NOT NULL,
    ends_on         DATE        NOT NULL,
    mid_term_review DATE,
    final_review    DATE
);
