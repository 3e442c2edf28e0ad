-- A campaign's reviews in order (DOMAIN.md: sơ kết in the middle, tổng kết at the end): a final review is not held
-- before a mid-term one, nor a mid-term one after the final. Kept by the subscribing command-directory group; filled
-- here from the reviews stored before.

ALTER TABLE directory_final_review ADD COLUMN held_on DATE;
UPDATE directory_final_review f SET held_on = (held.p ->> 'heldOn')::date
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.ledger.api.review.ReviewHeld') held
WHERE held.p ->> 'reviewId' = f.review_id;

CREATE TABLE directory_mid_term_review (
    review_id   VARCHAR(64) PRIMARY KEY,
    campaign_id VARCHAR(64) NOT NULL REFERENCES directory_campaign (campaign_id),
    held_on     DATE        NOT NULL
);
CREATE INDEX directory_mid_term_review_campaign ON directory_mid_term_review (campaign_id, held_on);

INSERT INTO directory_mid_term_review (review_id, campaign_id, held_on)
SELECT p ->> 'reviewId', p ->> 'campaignId', (p ->> 'heldOn')::date
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.ledger.api.review.ReviewHeld') held
WHERE p ->> 'kind' = 'MID_TERM'
ON CONFLICT DO NOTHING;
