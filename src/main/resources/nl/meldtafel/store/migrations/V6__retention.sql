-- Schema version 5: retention of personal data (periods per kind, holds) and redaction that leaves no trace.

-- Days after an alert's chain finished that its content is kept; kinds without a row use the default.
CREATE TABLE retention_setting (
    kind       TEXT    NOT NULL PRIMARY KEY,
    days       INTEGER NOT NULL CHECK (days BETWEEN 1 AND 365),
    changed_at INTEGER NOT NULL,
    changed_by INTEGER NOT NULL REFERENCES officer (id)
) WITHOUT ROWID;

-- A teamchef keeps an alert from redaction until the start of until_date (ISO date), or until lifted.
CREATE TABLE retention_hold (
    id                INTEGER PRIMARY KEY,
    alert_id          INTEGER NOT NULL REFERENCES alert (id),
    reason            TEXT    NOT NULL CHECK (trim(reason) <> ''),
    until_date        TEXT    NOT NULL,
    placed_at         INTEGER NOT NULL,
    placed_by         INTEGER NOT NULL REFERENCES officer (id),
    placed_os_account TEXT    NOT NULL,
    lifted_at         INTEGER,
    lifted_by         INTEGER REFERENCES officer (id)
);
CREATE INDEX retention_hold_alert_idx ON retention_hold (alert_id);

-- A hold is evidence of why content was kept: only its lifting may be added later.
CREATE TRIGGER retention_hold_fixed
BEFORE UPDATE ON retention_hold
WHEN NEW.id IS NOT OLD.id OR NEW.alert_id IS NOT OLD.alert_id OR NEW.reason IS NOT OLD.reason
  OR NEW.until_date IS NOT OLD.until_date OR NEW.placed_at IS NOT OLD.placed_at OR NEW.placed_by IS NOT OLD.placed_by
  OR NEW.placed_os_account IS NOT OLD.placed_os_account OR OLD.lifted_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a hold cannot be changed, only lifted once');
END;

CREATE TRIGGER retention_hold_no_delete BEFORE DELETE ON retention_hold
BEGIN
    SELECT RAISE(ABORT, 'a hold cannot be deleted; lift it');
END;

-- Finds a redaction run's alerts (the verifier) and the newest run without reading every alert.
CREATE INDEX alert_redacted_idx ON alert (redacted_at) WHERE redacted_at IS NOT NULL;

-- Without this, FTS5 only marks a deleted text as deleted and keeps its words in the index until
-- segments happen to merge; with it, the words are removed from the index at once.
INSERT INTO alert_fts (alert_fts, rank) VALUES ('secure-delete', 1);
