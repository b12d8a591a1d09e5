-- Schema version 11: the audit chain's second form commits to who, what and where as it was at the time.
--
-- Entries of form 2 also hold the actor's name and personnel number as they were, and a subject (the
-- group ticked, the officer or register group changed). Alerts keep the sender's name and number and
-- the names of the groups they were sent to, so renaming an officer or a group later changes neither
-- what the log shows nor what the chain proves. Register, officer, copy, discard, snooze, tick and
-- response events are entries too: they have no alert (alert_id 0) or an alert that may be discarded,
-- so the foreign keys go. Entries written before this version keep form 1 and verify as they did.

CREATE TABLE audit_entry_v11 (
    seq          INTEGER PRIMARY KEY,
    event        TEXT    NOT NULL,
    alert_id     INTEGER NOT NULL,
    at           INTEGER NOT NULL,
    officer_id   INTEGER NOT NULL,
    os_account   TEXT    NOT NULL,
    details      TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    prev_hash    TEXT    NOT NULL,
    entry_hash   TEXT    NOT NULL,
    form         INTEGER NOT NULL DEFAULT 1 CHECK (form IN (1, 2)),
    subject_id   INTEGER NOT NULL DEFAULT 0,
    actor_name   TEXT,
    actor_number TEXT
);
INSERT INTO audit_entry_v11 (seq, event, alert_id, at, officer_id, os_account, details, content_hash, prev_hash,
                             entry_hash)
SELECT seq, event, alert_id, at, officer_id, os_account, details, content_hash, prev_hash, entry_hash FROM audit_entry;
DROP TABLE audit_entry;
ALTER TABLE audit_entry_v11 RENAME TO audit_entry;
CREATE INDEX audit_entry_alert_idx ON audit_entry (alert_id, event);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be deleted');
END;

-- Who sent it, as they were named then; filled in for earlier alerts with today's names.
ALTER TABLE alert ADD COLUMN sender_name TEXT;
ALTER TABLE alert ADD COLUMN sender_number TEXT;
UPDATE alert SET sender_name = (SELECT name FROM officer WHERE officer.id = alert.officer_id),
                 sender_number = (SELECT personnel_number FROM officer WHERE officer.id = alert.officer_id);

CREATE TRIGGER alert_sender_fixed
BEFORE UPDATE OF sender_name, sender_number ON alert
WHEN OLD.status <> 'PENDING'
BEGIN
    SELECT RAISE(ABORT, 'the sender of a sent alert cannot be changed');
END;

-- The groups' names as targeted; filled in for earlier alerts with today's names.
ALTER TABLE alert_group ADD COLUMN group_name TEXT;
DROP TRIGGER alert_group_sent_fixed_update;
UPDATE alert_group SET group_name = (SELECT name FROM target_group WHERE target_group.id = alert_group.group_id);
CREATE TRIGGER alert_group_sent_fixed_update
BEFORE UPDATE ON alert_group
WHEN (SELECT status FROM alert WHERE id = OLD.alert_id) <> 'PENDING'
BEGIN
    SELECT RAISE(ABORT, 'the groups of a sent alert cannot be changed');
END;
