-- Published criteria set versions for the read API, kept by the "criteria-sets" processor. The definition
-- is the event's criteria set as JSON text, so numbers read back exactly as published (0.30 stays 0.30).
CREATE TABLE criteria_set_view (
    criteria_set_id VARCHAR(64)  NOT NULL,
    version         INTEGER      NOT NULL,
    subject         VARCHAR(16)  NOT NULL,
    effective_from  DATE         NOT NULL,
    position        BIGINT       NOT NULL,
    published_at    TIMESTAMPTZ  NOT NULL,
    published_by    VARCHAR(128),
    definition      TEXT         NOT NULL,
    PRIMARY KEY (criteria_set_id, version)
);
CREATE INDEX criteria_set_view_position ON criteria_set_view (position);
