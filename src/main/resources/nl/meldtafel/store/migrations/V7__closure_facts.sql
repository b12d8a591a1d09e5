-- Schema version 7: how an alert ended, kept as facts that name no one, so they survive redaction.
--
-- outcome: the afloopbericht's uitkomst reduced to the template's fixed options (a typed one is ANDERS);
-- close_category: the fixed category chosen when closing without afloopbericht. Both are written in the
-- closing update and are part of the closing's audit entry from this version on; the values this
-- migration fills in for earlier closings are not in their (older) entries.

ALTER TABLE alert ADD COLUMN outcome TEXT
    CHECK (outcome IN ('AANGEHOUDEN', 'PERSOON_AANGETROFFEN', 'ZONDER_RESULTAAT', 'GEEN_STRAFBAAR_FEIT', 'ANDERS'));
ALTER TABLE alert ADD COLUMN close_category TEXT
    CHECK (close_category IN ('LOOS_ALARM', 'OPGELOST', 'DUBBEL', 'ANDERS'));

-- Closed by an afloopbericht whose values are still there: read its uitkomst.
UPDATE alert SET outcome = (
    SELECT CASE lower(trim(json_extract(f.values_json, '$.uitkomst')))
               WHEN 'aangehouden' THEN 'AANGEHOUDEN'
               WHEN 'persoon aangetroffen' THEN 'PERSOON_AANGETROFFEN'
               WHEN 'actie beëindigd zonder resultaat' THEN 'ZONDER_RESULTAAT'
               WHEN 'geen strafbaar feit' THEN 'GEEN_STRAFBAAR_FEIT'
               ELSE 'ANDERS' END
    FROM alert f
    WHERE f.id = alert.closed_by_alert_id AND json_valid(f.values_json)
      AND json_type(f.values_json, '$.uitkomst') = 'text' AND trim(json_extract(f.values_json, '$.uitkomst')) <> '')
WHERE status = 'CLOSED' AND closed_by_alert_id IS NOT NULL;

-- Closed with a reason: the obvious categories from the typed text, otherwise (also once redacted) ANDERS.
UPDATE alert SET close_category = CASE
        WHEN lower(trim(close_reason)) LIKE 'loos alarm%' OR lower(trim(close_reason)) LIKE 'vals alarm%'
          OR lower(trim(close_reason)) LIKE 'geen strafbaar feit%' THEN 'LOOS_ALARM'
        WHEN lower(trim(close_reason)) LIKE 'dubbel%' THEN 'DUBBEL'
        ELSE 'ANDERS' END
WHERE status = 'CLOSED' AND closed_by_alert_id IS NULL;

-- The facts are set by the closing itself and never change afterwards; each fits its kind of closing.
CREATE TRIGGER alert_closure_facts_fixed
BEFORE UPDATE OF outcome, close_category ON alert
WHEN (NEW.outcome IS NOT OLD.outcome OR NEW.close_category IS NOT OLD.close_category)
 AND NOT (OLD.status = 'SENT' AND NEW.status = 'CLOSED')
BEGIN
    SELECT RAISE(ABORT, 'the outcome and close category of an alert are set once, when it is closed');
END;

CREATE TRIGGER alert_closure_facts_fit
BEFORE UPDATE OF status ON alert
WHEN OLD.status = 'SENT' AND NEW.status = 'CLOSED' AND (
       (NEW.closed_by_alert_id IS NULL AND NEW.close_category IS NULL)
    OR (NEW.closed_by_alert_id IS NULL AND NEW.outcome IS NOT NULL)
    OR (NEW.closed_by_alert_id IS NOT NULL AND NEW.close_category IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'a closing without afloopbericht needs a category; one by an afloopbericht has only an outcome');
END;
