-- The day each withdrawn pledge was withdrawn: a new pledge of the same person in the same campaign is signed no
-- earlier, so that two pledges never cover the same days. Kept by the subscribing command-directory group; filled
-- here from the withdrawals stored before.
ALTER TABLE directory_pledge ADD COLUMN withdrawn_on DATE;
UPDATE directory_pledge d SET withdrawn_on = (withdrawn.p ->> 'withdrawnOn')::date
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.ledger.api.pledge.PledgeWithdrawn') withdrawn
WHERE withdrawn.p ->> 'pledgeId' = d.pledge_id;
