-- Accounts (issue 15), as the desk's SQLite schema version 14. An officer who can sign in has one: roles,
-- wijken, a password hash (PBKDF2, never the password) and the count of wrong tries since the last good
-- one. Accounts are deactivated, never deleted: the log refers to them. The desk role gets INSERT and
-- UPDATE on it from desk-role.sql, no DELETE.
CREATE TABLE account (
    officer_id    bigint  PRIMARY KEY REFERENCES officer (id),
    roles         text    NOT NULL CHECK (roles <> ''),
    wijken        text    NOT NULL DEFAULT '[]',
    active        boolean NOT NULL DEFAULT true,
    password_hash text    NOT NULL,
    failed_tries  integer NOT NULL DEFAULT 0,
    locked_until  bigint,
    created_at    bigint  NOT NULL
);

CREATE FUNCTION meldtafel_account_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an account is deactivated, never deleted';
END $$;

CREATE TRIGGER account_never_deleted BEFORE DELETE ON account
    FOR EACH ROW EXECUTE FUNCTION meldtafel_account_never_deleted();
