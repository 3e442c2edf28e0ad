-- Titles revoked because a confirmed violation fell in their period, by that violation: its retraction, or a
-- correction of its day out of the period, reinstates them. Kept by the subscribing command-directory group;
-- revocations recorded before this table existed name no violation in their event and stay as they are.
CREATE TABLE directory_title_revoked (
    commendation_id VARCHAR(64) PRIMARY KEY,
    violation_id    VARCHAR(64) NOT NULL,
    recipient_kind  VARCHAR(8)  NOT NULL,
    recipient_id    VARCHAR(64) NOT NULL,
    period_from     DATE        NOT NULL,
    period_to       DATE        NOT NULL,
    title           VARCHAR(40) NOT NULL
);
CREATE INDEX directory_title_revoked_violation ON directory_title_revoked (violation_id);
