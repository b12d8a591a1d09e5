-- Schema version 4: the last two queries that read every alert of a year.

-- The words in the FTS index. A prefix search ("dorps*") makes FTS5 merge the full lists of every
-- word with that prefix before it returns one row (60-200 ms for a word in every alert); looking up
-- the few words the prefix stands for and searching those exactly streams newest first instead.
CREATE VIRTUAL TABLE alert_fts_vocab USING fts5vocab ('alert_fts', 'row');

-- Sent alerts per ISO week and kind, kept by triggers: the weekly overview reads ~300 rows instead
-- of counting a year of alerts. sent_week is set once, when an alert is sent, and never changes.
CREATE TABLE alert_week_count (
    sent_week TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (sent_week, kind)
) WITHOUT ROWID;

INSERT INTO alert_week_count (sent_week, kind, n)
SELECT sent_week, kind, count(*) FROM alert WHERE sent_week IS NOT NULL GROUP BY sent_week, kind;

CREATE TRIGGER alert_week_count_insert AFTER INSERT ON alert
WHEN NEW.sent_week IS NOT NULL
BEGIN
    INSERT INTO alert_week_count (sent_week, kind, n) VALUES (NEW.sent_week, NEW.kind, 1)
        ON CONFLICT (sent_week, kind) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER alert_week_count_update AFTER UPDATE OF sent_week, kind ON alert
WHEN NEW.sent_week IS NOT OLD.sent_week OR NEW.kind IS NOT OLD.kind
BEGIN
    UPDATE alert_week_count SET n = n - 1 WHERE OLD.sent_week IS NOT NULL AND sent_week = OLD.sent_week AND kind = OLD.kind;
    INSERT INTO alert_week_count (sent_week, kind, n) SELECT NEW.sent_week, NEW.kind, 1 WHERE NEW.sent_week IS NOT NULL
        ON CONFLICT (sent_week, kind) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER alert_week_count_delete AFTER DELETE ON alert
WHEN OLD.sent_week IS NOT NULL
BEGIN
    UPDATE alert_week_count SET n = n - 1 WHERE sent_week = OLD.sent_week AND kind = OLD.kind;
END;
