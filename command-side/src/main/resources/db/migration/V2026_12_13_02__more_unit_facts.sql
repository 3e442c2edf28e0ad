-- Registrations, covenants, campaigns and reviews as facts of their units (see V2026_12_10_04): a unit is not closed
-- back-dated before the day it registered, signed a covenant, held a review, or a campaign over it began (or was
-- recorded, when it begins later). Filled from the events recorded before.
INSERT INTO directory_unit_fact (unit_id, fact_key, day)
SELECT p ->> 'unitId', 'registration:' || (p ->> 'registrationId'),
       -- registrations of before the day was required: the first day of their year
       coalesce((p ->> 'registeredOn')::date, make_date((p ->> 'year')::int, 1, 1))
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.ledger.api.registration.EmulationRegistered') registered
ON CONFLICT DO NOTHING;

INSERT INTO directory_unit_fact (unit_id, fact_key, day)
SELECT u.unit_id, 'covenant:' || (p ->> 'covenantId'), (p ->> 'signedOn')::date
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.ledger.api.covenant.CovenantSigned') signed
     CROSS JOIN LATERAL jsonb_array_elements_text(p -> 'unitIds') AS u(unit_id)
ON CONFLICT DO NOTHING;

INSERT INTO directory_unit_fact (unit_id, fact_key, day)
SELECT p ->> 'scopeUnitId', 'campaign:' || (p ->> 'campaignId'),
       -- launched for a later start: the day it was recorded (the unit may be merged before it starts)
       least((p ->> 'from')::date, (recorded AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p, time_stamp::timestamptz AS recorded FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.ledger.api.campaign.CampaignLaunched') launched
ON CONFLICT DO NOTHING;

INSERT INTO directory_unit_fact (unit_id, fact_key, day)
SELECT c.scope_unit_id, 'review:' || (p ->> 'reviewId'), (p ->> 'heldOn')::date
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.ledger.api.review.ReviewHeld') held
     JOIN directory_campaign c ON c.campaign_id = p ->> 'campaignId'
ON CONFLICT DO NOTHING;
