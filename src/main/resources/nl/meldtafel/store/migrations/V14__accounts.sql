-- Schema version 14: accounts (issue 15). An officer who can sign in has one: roles, wijken, a password
-- hash (PBKDF2, never the password) and the count of wrong tries since the last good one. Officers from
-- before have none until a teamchef gives them one. Accounts are deactivated, never deleted: the log
-- refers to them.
CREATE TABLE account (
    officer_id    INTEGER PRIMARY KEY REFERENCES officer (id),
    roles         TEXT    NOT NULL CHECK (roles <> ''),
    wijken        TEXT    NOT NULL DEFAULT '[]',
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_hash TEXT    NOT NULL,
    failed_tries  INTEGER NOT NULL DEFAULT 0,
    locked_until  INTEGER,
    created_at    INTEGER NOT NULL
);

CREATE TRIGGER account_never_deleted BEFORE DELETE ON account
BEGIN
    SELECT RAISE(ABORT, 'an account is deactivated, never deleted');
END;
