-- The day a campaign planned its mid-term review (sơ kết), so that its final review is not recorded before one is
-- held; the campaigns launched before this column take theirs from the event that launched them.
ALTER TABLE directory_campaign ADD COLUMN mid_term_review DATE;

UPDATE directory_campaign d
SET mid_term_review = (l.payload ->> 'midTermReview')::date
FROM (SELECT convert_from(e.payload, 'UTF8')::jsonb AS payload FROM domain_event_entry e
      WHERE e.payload_type = 'vn.thidua.ledger.api.campaign.CampaignLaunched') l
WHERE l.payload ->> 'campaignId' = d.campaign_id;
