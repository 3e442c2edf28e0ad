-- the title-revocation policy looks a recipient's revoked titles up on each retraction or corrected day
CREATE INDEX directory_title_revoked_recipient ON directory_title_revoked (recipient_id, recipient_kind);
