-- Schema version 15: an account's last sign-in, and settings the whole team relies on, set by the teamchef (issue 15), such as how long
-- an idle desk stays signed in. One row per setting, with who changed it last and when; the chain keeps
-- every change.
CREATE TABLE team_setting (
    name       TEXT    PRIMARY KEY,
    value      TEXT    NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by INTEGER NOT NULL REFERENCES officer (id)
);

-- When the officer last signed in: a wijkagent's Dagoverzicht shows what happened in his wijken since then.
ALTER TABLE account ADD COLUMN last_signed_in_at INTEGER;
