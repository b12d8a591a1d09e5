-- Meldtafel schema version 1. Times are UTC epoch milliseconds.

CREATE TABLE officer (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL,
    personnel_number TEXT    NOT NULL UNIQUE,
    created_at       INTEGER NOT NULL
);

-- Filled by the group register; kept minimal so alerts can already reference groups.
CREATE TABLE target_group (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL
);

CREATE TABLE alert (
    id                   INTEGER PRIMARY KEY,
    kind                 TEXT    NOT NULL,
    template_id          TEXT    NOT NULL,
    template_hash        TEXT    NOT NULL,
    values_json          TEXT,
    text                 TEXT,
    content_salt         BLOB,
    officer_id           INTEGER NOT NULL REFERENCES officer (id),
    os_account           TEXT    NOT NULL,
    created_at           INTEGER NOT NULL,
    sent_at              INTEGER,
    sent_week            TEXT,
    log_at               INTEGER NOT NULL,
    status               TEXT    NOT NULL CHECK (status IN ('PENDING', 'SENT', 'CLOSED')),
    awaits_closure       INTEGER NOT NULL CHECK (awaits_closure IN (0, 1)),
    policy_due_ms        INTEGER,
    policy_repeat_ms     INTEGER,
    due_at               INTEGER,
    snoozed_at           INTEGER,
    snoozed_by           INTEGER REFERENCES officer (id),
    parent_id            INTEGER REFERENCES alert (id),
    closed_at            INTEGER,
    closed_by_alert_id   INTEGER REFERENCES alert (id),
    close_reason         TEXT,
    close_salt           BLOB,
    closed_by_officer_id INTEGER REFERENCES officer (id),
    closed_os_account    TEXT,
    redacted_at          INTEGER
);

-- Newest first, also the keyset cursor (log_at, id).
CREATE INDEX alert_log_idx ON alert (log_at);
CREATE INDEX alert_kind_log_idx ON alert (kind, log_at);
CREATE INDEX alert_status_log_idx ON alert (status, log_at);
CREATE INDEX alert_officer_log_idx ON alert (officer_id, log_at);
CREATE INDEX alert_parent_idx ON alert (parent_id) WHERE parent_id IS NOT NULL;
-- Open and overdue lists only touch the few open alerts.
CREATE INDEX alert_open_due_idx ON alert (due_at) WHERE status = 'SENT' AND awaits_closure = 1;
CREATE INDEX alert_pending_idx ON alert (created_at) WHERE status = 'PENDING';
-- Covering index for counts per kind per ISO week.
CREATE INDEX alert_week_kind_idx ON alert (sent_week, kind) WHERE sent_week IS NOT NULL;

CREATE TABLE alert_group (
    alert_id INTEGER NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES target_group (id),
    PRIMARY KEY (alert_id, group_id)
) WITHOUT ROWID;
CREATE INDEX alert_group_group_idx ON alert_group (group_id, alert_id);

-- Sent alerts are the record: their content never changes, only follow-up fields and a
-- redaction (which must null the personal values together with their salt) may.
CREATE TRIGGER alert_sent_content_immutable
BEFORE UPDATE ON alert
WHEN OLD.status <> 'PENDING' AND (
       NEW.id IS NOT OLD.id
    OR NEW.kind IS NOT OLD.kind
    OR NEW.template_id IS NOT OLD.template_id
    OR NEW.template_hash IS NOT OLD.template_hash
    OR NEW.officer_id IS NOT OLD.officer_id
    OR NEW.os_account IS NOT OLD.os_account
    OR NEW.created_at IS NOT OLD.created_at
    OR NEW.sent_at IS NOT OLD.sent_at
    OR NEW.sent_week IS NOT OLD.sent_week
    OR NEW.log_at IS NOT OLD.log_at
    OR NEW.parent_id IS NOT OLD.parent_id
    OR NEW.awaits_closure IS NOT OLD.awaits_closure
    OR NEW.policy_due_ms IS NOT OLD.policy_due_ms
    OR NEW.policy_repeat_ms IS NOT OLD.policy_repeat_ms
    OR (NEW.values_json IS NOT OLD.values_json AND NOT (NEW.values_json IS NULL AND NEW.redacted_at IS NOT NULL))
    OR (NEW.text IS NOT OLD.text AND NOT (NEW.text IS NULL AND NEW.redacted_at IS NOT NULL))
    OR (NEW.content_salt IS NOT OLD.content_salt AND NOT (NEW.content_salt IS NULL AND NEW.redacted_at IS NOT NULL))
    OR (OLD.redacted_at IS NOT NULL AND NEW.redacted_at IS NOT OLD.redacted_at)
)
BEGIN
    SELECT RAISE(ABORT, 'a sent alert cannot be changed');
END;

CREATE TRIGGER alert_closure_immutable
BEFORE UPDATE ON alert
WHEN OLD.status = 'CLOSED' AND (
       NEW.closed_at IS NOT OLD.closed_at
    OR NEW.closed_by_alert_id IS NOT OLD.closed_by_alert_id
    OR NEW.closed_by_officer_id IS NOT OLD.closed_by_officer_id
    OR NEW.closed_os_account IS NOT OLD.closed_os_account
    OR (NEW.close_reason IS NOT OLD.close_reason AND NOT (NEW.close_reason IS NULL AND NEW.redacted_at IS NOT NULL))
    OR (NEW.close_salt IS NOT OLD.close_salt AND NOT (NEW.close_salt IS NULL AND NEW.redacted_at IS NOT NULL))
)
BEGIN
    SELECT RAISE(ABORT, 'the closing of an alert cannot be changed');
END;

CREATE TRIGGER alert_status_only_forward
BEFORE UPDATE OF status ON alert
WHEN NOT (
       NEW.status = OLD.status
    OR (OLD.status = 'PENDING' AND NEW.status = 'SENT')
    OR (OLD.status = 'SENT' AND NEW.status = 'CLOSED')
)
BEGIN
    SELECT RAISE(ABORT, 'an alert status can only move forward');
END;

CREATE TRIGGER alert_sent_not_deleted
BEFORE DELETE ON alert
WHEN OLD.status <> 'PENDING'
BEGIN
    SELECT RAISE(ABORT, 'a sent alert cannot be deleted');
END;

CREATE TRIGGER alert_group_sent_fixed_insert
BEFORE INSERT ON alert_group
WHEN (SELECT status FROM alert WHERE id = NEW.alert_id) <> 'PENDING'
BEGIN
    SELECT RAISE(ABORT, 'the groups of a sent alert cannot be changed');
END;

CREATE TRIGGER alert_group_sent_fixed_delete
BEFORE DELETE ON alert_group
WHEN (SELECT status FROM alert WHERE id = OLD.alert_id) <> 'PENDING'
BEGIN
    SELECT RAISE(ABORT, 'the groups of a sent alert cannot be changed');
END;

CREATE TRIGGER alert_group_sent_fixed_update
BEFORE UPDATE ON alert_group
WHEN (SELECT status FROM alert WHERE id = OLD.alert_id) <> 'PENDING'
BEGIN
    SELECT RAISE(ABORT, 'the groups of a sent alert cannot be changed');
END;

-- Full-text search over the message text; external content so the text is stored once.
CREATE VIRTUAL TABLE alert_fts USING fts5 (
    text,
    content = 'alert',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER alert_fts_insert AFTER INSERT ON alert
WHEN NEW.text IS NOT NULL
BEGIN
    INSERT INTO alert_fts (rowid, text) VALUES (NEW.id, NEW.text);
END;

CREATE TRIGGER alert_fts_delete AFTER DELETE ON alert
WHEN OLD.text IS NOT NULL
BEGIN
    INSERT INTO alert_fts (alert_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;

CREATE TRIGGER alert_fts_update_remove AFTER UPDATE OF text ON alert
WHEN OLD.text IS NOT NULL AND NEW.text IS NOT OLD.text
BEGIN
    INSERT INTO alert_fts (alert_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;

CREATE TRIGGER alert_fts_update_add AFTER UPDATE OF text ON alert
WHEN NEW.text IS NOT NULL AND NEW.text IS NOT OLD.text
BEGIN
    INSERT INTO alert_fts (rowid, text) VALUES (NEW.id, NEW.text);
END;

-- The tamper-evident log: each entry hashes the previous one.
CREATE TABLE audit_entry (
    seq          INTEGER PRIMARY KEY,
    event        TEXT    NOT NULL,
    alert_id     INTEGER NOT NULL REFERENCES alert (id),
    at           INTEGER NOT NULL,
    officer_id   INTEGER NOT NULL REFERENCES officer (id),
    os_account   TEXT    NOT NULL,
    details      TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    prev_hash    TEXT    NOT NULL,
    entry_hash   TEXT    NOT NULL
);
CREATE INDEX audit_entry_alert_idx ON audit_entry (alert_id);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be deleted');
END;

-- Compose forms in progress; not part of the log, deleted freely.
CREATE TABLE draft (
    officer_id  INTEGER NOT NULL REFERENCES officer (id),
    template_id TEXT    NOT NULL,
    values_json TEXT    NOT NULL,
    saved_at    INTEGER NOT NULL,
    PRIMARY KEY (officer_id, template_id)
);
