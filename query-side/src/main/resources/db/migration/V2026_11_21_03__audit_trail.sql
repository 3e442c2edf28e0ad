-- The audit trail: one row per event and entity it concerns, kept by the "audit" processor.
CREATE TABLE audit_entry (
    subject_kind   VARCHAR(32)  NOT NULL,
    subject_id     VARCHAR(64)  NOT NULL,
    position       BIGINT       NOT NULL,
    event_id       VARCHAR(255) NOT NULL,
    event_type     VARCHAR(128) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    business_time  VARCHAR(32),
    business_from  DATE,
    business_to    DATE,
    actor          VARCHAR(128),
    correlation_id VARCHAR(128),
    data           JSONB        NOT NULL,
    PRIMARY KEY (subject_kind, subject_id, position)
);
CREATE INDEX audit_entry_recorded_at ON audit_entry (recorded_at);
