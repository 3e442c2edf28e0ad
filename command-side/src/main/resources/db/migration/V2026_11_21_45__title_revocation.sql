-- Titles in force (approved, not revoked), so that a violation confirmed later can revoke the titles whose
-- period it falls in. Kept by the subscribing command-directory group.
CREATE TABLE directory_title (
    commendation_id VARCHAR(64) PRIMARY KEY,
    recipient_kind  VARCHAR(8)  NOT NULL,
    recipient_id    VARCHAR(64) NOT NULL,
    period_from     DATE        NOT NULL,
    period_to       DATE        NOT NULL
);
CREATE INDEX directory_title_recipient ON directory_title (recipient_id);
