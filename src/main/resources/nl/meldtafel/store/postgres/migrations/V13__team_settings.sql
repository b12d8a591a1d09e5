-- Settings the whole team relies on (issue 15) and the last sign-in of an account, as the desk's SQLite
-- schema version 15: one row per
-- setting, with who changed it last and when; the chain keeps every change. The desk role gets INSERT
-- and UPDATE on it from desk-role.sql.
CREATE TABLE team_setting (
    name       text   PRIMARY KEY,
    value      text   NOT NULL,
    changed_at bigint NOT NULL,
    changed_by bigint NOT NULL REFERENCES officer (id)
);

-- When the officer last signed in: a wijkagent's Dagoverzicht shows what happened in his wijken since then.
ALTER TABLE account ADD COLUMN last_signed_in_at bigint;
