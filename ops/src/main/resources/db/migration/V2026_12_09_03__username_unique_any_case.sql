-- Usernames are unique whatever their case ("r2-officer" and "R2-OFFICER" are one name to people reading lists and
-- audit trails). A store that already holds two such names keeps them (nothing is rewritten) and relies on the
-- node's own check, which takes its turn under an advisory lock.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM users GROUP BY lower(username) HAVING count(*) > 1) THEN
        CREATE UNIQUE INDEX users_username_any_case ON users (lower(username));
    END IF;
END
$$;
