-- Schema version 9: alerts copied while the database was still opening are recorded exactly once.
--
-- Such an alert waits in a queue file in the data folder (written before the text reached the
-- clipboard) and is recorded when the database is ready. Its key is stored here in the same
-- transaction as the alert, so a replay interrupted after that commit, but before the queue file
-- was cleared, finds it done instead of recording it twice.
CREATE TABLE queued_send (
    key         TEXT    NOT NULL PRIMARY KEY,
    alert_id    INTEGER NOT NULL REFERENCES alert (id),
    recorded_at INTEGER NOT NULL
) WITHOUT ROWID;
