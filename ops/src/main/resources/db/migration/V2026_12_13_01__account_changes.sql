-- Accounts live in tables, not in the event stream, but who opened, limited, disabled or reset an account must still
-- be known afterwards (DESIGN.md, integrity: every change names its actor). Rows are only ever added.
CREATE TABLE account_change (
    id         BIGSERIAL PRIMARY KEY,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor      VARCHAR(64),            -- NULL: the node itself (the first admin at its first start)
    username   VARCHAR(64) NOT NULL,
    change     VARCHAR(32) NOT NULL,   -- OPENED, SCOPED, DISABLED, ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, PASSWORD_SET_AT_START
    role       VARCHAR(16),
    unit_scope VARCHAR(64),
    enabled    BOOLEAN NOT NULL
);
CREATE INDEX account_change_by_username ON account_change (lower(username), id);

CREATE FUNCTION account_change_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the history of accounts is only ever added to: % on account_change refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER account_change_kept BEFORE UPDATE OR DELETE OR TRUNCATE ON account_change
    FOR EACH STATEMENT EXECUTE FUNCTION account_change_kept();
