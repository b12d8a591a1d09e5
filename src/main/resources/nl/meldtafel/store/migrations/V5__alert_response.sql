-- Schema version 5: the response an alert got, recorded by the desk afterwards.

-- Not part of the sealed record (it is learnt later and may be corrected), so it lives beside the
-- alert, one row per alert, overwritten by the last edit with who made it and when.
CREATE TABLE alert_response (
    alert_id    INTEGER PRIMARY KEY REFERENCES alert (id),
    calls_112   INTEGER NOT NULL CHECK (calls_112 BETWEEN 0 AND 9999),
    calls_0900  INTEGER NOT NULL CHECK (calls_0900 BETWEEN 0 AND 9999),
    result      TEXT    NOT NULL CHECK (result IN ('GEEN', 'AANHOUDING', 'PERSOON_AANGETROFFEN', 'ANDERS')),
    recorded_at INTEGER NOT NULL,
    officer_id  INTEGER NOT NULL REFERENCES officer (id),
    os_account  TEXT    NOT NULL
);

CREATE TRIGGER alert_response_only_for_sent
BEFORE INSERT ON alert_response
WHEN (SELECT status FROM alert WHERE id = NEW.alert_id) IS NOT 'SENT'
 AND (SELECT status FROM alert WHERE id = NEW.alert_id) IS NOT 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'a response can only be recorded for a sent alert');
END;
